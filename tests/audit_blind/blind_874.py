"""BLIND_874 (46 products; DeepFashion women's wear, epoch-3 caption adapter): written blind in the fifty-sixth session.
Measured blind at 2733ff7 (the session's final rules): 129/134 failures found (96.3%) and 4/193 correct texts flagged
(2.1%). The writer's notes, verbatim:

Scenario: a Myntra-like women's catalog (Dresses, Tops, Shirts, Skirts) whose photos are DeepFashion In-shop studio
shots: a model on a white or light grey backdrop, mostly front views, some side, back and three-quarter views, the
product usually worn with other garments (a tee tucked into a skirt, jeans under a blouse, a jacket over a dress).
The seller's columns are title, category (article type) and color (base colour); a few rows lack one of them.

Who wrote what: every caption and every open answer comes from BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens for captions and 30 for answers, prompts in the
`Question: ... Answer:` format. The adapter was trained on DeepFashion-MultiModal template captions without an end
token, so it answers most questions with the caption template ("The lady wears a sleeveless dress with floral
patterns. The dress is with chiffon fabric..."), uses the template's pattern words (pure color, lattice, graphic,
stripe) rather than hues, loops its template sentences, runs into the token limit mid-sentence, and sometimes goes on
to write the next `Question: ... Answer:` itself. It still gives short answers now and then (a hue, "chiffon",
"yes"). Closed answers (garment type, color, pattern, sleeve length, the yes/no garment question, neckline) come
from enrich's `--engine reference`, which ranks the candidate values with the same adapter; they are one clean
value each, and their failures are picking the wrong garment in a layered outfit or the wrong value outright.

Labeling conventions and judgement calls:
- One label per text; where a text has two failures (a cut text that also invents a belt) I gave the one I judged
  the main one, and I tried to keep such texts rare.
- The template's pattern words count as correct when they fit the photo: "pure color" for a solid garment,
  "lattice" for checks and gingham, "graphic" or "other" for polka dots, "stripe" for stripes.
- The template's garment words count as correct when they are a fair name for the product: "shirt" or "tank top"
  for a top, "T-shirt" for a jersey top. A template that calls a dress a shirt, or a skirt outfit a dress, is a
  contradiction.
- A color that belongs to a worn-with garment or to a held prop (the tee under a slip dress, the black clutch) given
  as the product's color is other_garment_color. Giving another garment the product's color ("the jeans are
  purple") is a contradiction, since it is the other garment's answer that is wrong.
- An answer naming only the accent color of a print (the red poppies of a black skirt) is a contradiction with the
  seller's color and the ground of the print; the print's dominant color, or the seller's color in a coarser name
  (burgundy -> red, teal -> blue, silver -> grey, khaki -> beige), is correct.
- A pattern or sleeve length or material that belongs to the other garment (the striped top's "striped" for a solid
  skirt, the skirt's leather for a satin shirt) is a contradiction; a material nothing in the photo or title
  supports (silk lining, leather for lace) is unsupported, as are invented accessories, zippers, ties and pockets.
- Template fabric words: "other fabric" for satin, lace, velvet, sequins, tulle and wool is correct; "knitting" for
  knits.
- "yes", "no", a bare garment word, "clothes" or an empty text for an open question is non_answer; an answer that
  gives back the question's words ("describe the shirt", "the details of the dress") is restated.
- A loop is labeled loop even when it also ends mid-sentence; loops and cuts always ran to the limit (hit_limit).
  A leak is labeled leak even when cut.
- A closed answer that names a feature of the photo wrongly against the title or the other texts ("v-neck" for a
  halter neck, "no" to "Is this a dress?" for a dress, "striped" from a ribbed tank top) is a contradiction, and
  so is an open answer that names the wrong kind of garment (denim shorts for a denim skirt).
- Pronoun failures are man/he/his/gentleman for the women's products; every product is a women's garment.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

neckline = question("neckline", "What is the neckline of the garment?", "closed")
length = question("length", "What is the length of the garment?", "closed")

BLIND_874 = [
    # photo: navy blue chiffon fit-and-flare dress with small white and pink flowers, sleeveless, round neck, knee
    # length, nude heels, no jewellery, white backdrop, front view. Caption and open answers: epoch-3 caption
    # adapter; closed: reference engine.
    case(
        "X874-001",
        caption(
            "This lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The dress is with chiffon fabric and its neckline is round. The dress is with chiffon fabric and its "
            "neckline is round. The dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("The lady wears a sleeveless dress with floral patterns. This lady has neckwear.", "unsupported"),
        title="Women Floral Print Navy Blue Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white cotton button-front shirt, long sleeves rolled to the elbow, tucked into a black knee-length
    # pencil skirt, light grey backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine
    # for closed.
    case(
        "X874-002",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a medium skirt with pure color patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("shirt", "white", kind="open"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "The shirt is with cotton fabric and its neckline is lapel. It has buttons down the front and the "
            "sleeves are rolled up.",
        ),
        Q.material(
            "The shirt is with cotton fabric. The skirt is with cotton fabric. The shirt is with cotton fabric. The "
            "skirt is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        title="Women Solid White Regular Fit Casual Shirt",
        category="Shirts",
        color="White",
        gender="Women",
    ),
    # photo: black-and-white gingham A-line mini skirt, worn with a plain red crew-neck tee tucked in, white
    # backdrop, side view. Epoch-3 adapter wrote the caption and open answers; closed from the reference engine.
    case(
        "X874-003",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and lattice "
            "patterns."
        ),
        Q.garment_type("skirt"),
        Q.pattern("checked"),
        Q.color("red", "other_garment_color"),
        is_a("skirt", "yes"),
        wearing("a red t-shirt and a black and white checked skirt"),
        details(
            "skirt",
            "The skirt is with cotton fabric and lattice patterns. The skirt is with cotton fabric and lattice "
            "patterns. The skirt is with cotton",
            "loop",
            hit_limit=True,
        ),
        title="Women Checked Black A-Line Mini Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: peach (coral pink) sleeveless chiffon top with a ruffled round neckline, worn with white jeans, white
    # backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a round neckline. The lady wears long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.garment_type("blouse"),
        Q.color("pink"),
        wearing(
            "She is wearing a sleeveless top with pure color patterns and a pair of white jeans. Question: What is "
            "she wearing? Answer: She is wearing a sleeveless",
            "leak",
            who="she",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        Q.sleeve_length("sleeveless"),
        details("garment", "The details of the garment are the details of the top.", "restated"),
        title="Women Solid Peach Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: black lace long-sleeve sheath dress over a nude lining, knee length, round neck, no jewellery, white
    # backdrop, front view. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-005",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist.",
            "unsupported",
        ),
        Q.color("black"),
        Q.sleeve_length("long sleeve"),
        Q.material("The dress is made of leather.", "unsupported"),
        Q.garment_type("dress"),
        wearing("a black lace dress"),
        describe(
            "dress",
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of",
            "cut",
            hit_limit=True,
        ),
        title="Women Lace Black Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: olive green pleated midi skirt in a satiny polyester, an oatmeal beige knit sweater tucked in so the
    # elastic waistband shows, brown ankle boots, white backdrop, front view. Epoch-3 adapter: caption, open
    # answers; reference engine: closed.
    case(
        "X874-006",
        caption(
            "This woman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and its neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure "
            "color patterns."
        ),
        Q.color("beige", "other_garment_color"),
        color_of("skirt", "green"),
        Q.pattern("solid"),
        Q.garment_type("sweater", "contradiction"),
        Q.material("The skirt is made of polyester."),
        details("skirt", "The skirt is pleated and falls below the knee. It has an elastic waistband."),
        title="Women Solid Olive Pleated Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: long-sleeve cotton shirt with sky blue and white vertical stripes, worn with navy cotton shorts, white
    # backdrop, front view. Epoch-3 adapter wrote caption and open answers; reference engine the closed ones.
    case(
        "X874-007",
        caption(
            "The lady wears a long-sleeve shirt with stripe patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears short shorts. The shorts are with cotton fabric and pure color "
            "patterns."
        ),
        Q.pattern("striped"),
        Q.color("blue"),
        color_of("shirt", "navy blue", "other_garment_color", kind="open"),
        wearing("he is wearing a blue and white striped shirt and navy shorts", "pronoun"),
        Q.sleeve_length("long sleeve"),
        is_a("blouse", "yes"),
        title="Women Striped Blue Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Women",
    ),
    # photo: red chiffon wrap dress with white polka dots, short flutter sleeves, v-neck, midi length, no belt,
    # white backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-008",
        caption(
            "The lady wears a short-sleeve dress with other patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        Q.pattern("polka dot"),
        Q.color("red"),
        Q.sleeve_length("short sleeve"),
        wearing(
            "The lady wears a short-sleeve dress with other patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        details("dress", "The dress has a belt at the waist and a zipper on the back.", "unsupported"),
        title="Women Polka Dot Red Wrap Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: mid-blue washed denim mini skirt, seen from the back (two back pockets, a yoke), worn with a white
    # cotton tank top, white backdrop, back view. Epoch-3 adapter: caption, open answers; reference engine: closed.
    case(
        "X874-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a short skirt. The skirt is with denim fabric and pure color patterns."
        ),
        Q.garment_type("skirt"),
        Q.color("white", "other_garment_color"),
        Q.material("denim"),
        details("skirt", "The skirt has two back pockets and a yoke."),
        describe(
            "garment",
            "The skirt is with denim fabric and pure color patterns. Question: Describe the garment. Answer: The "
            "skirt is with denim fabric and",
            "leak",
            hit_limit=True,
        ),
        wearing("a white tank top and denim shorts", "contradiction"),
        is_a("dress", "no"),
        title="Women Blue Washed Denim Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black satin blouse with a pussy-bow tie at the neck, long sleeves, worn with grey tailored trousers,
    # white backdrop, front view. Epoch-3 adapter wrote the caption and open answers; reference engine the closed.
    case(
        "X874-010",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is stand. The lady wears long pants. The pants are with cotton fabric and pure color patterns. "
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey", "other_garment_color"),
        color_of("blouse", "black", kind="open"),
        describe("blouse", "The blouse is black with a bow at the neck and long sleeves."),
        Q.material("The blouse is made of leather fabric.", "unsupported"),
        Q.sleeve_length("long sleeve"),
        title="Women Solid Black Bow Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: yellow cotton sundress with a white daisy print, spaghetti straps, above the knee, bare-headed, white
    # backdrop, front view. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-011",
        caption(
            "This lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. This lady wears a hat.",
            "unsupported",
        ),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        wearing("She is wearing a sleeveless dress with floral patterns.", who="she"),
        details("dress", "yes", "non_answer"),
        length("short"),
        title="Women Floral Print Yellow Strappy Sundress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: emerald green crepe peplum top, short sleeves, round neck, worn with black skinny jeans, no jewellery,
    # white backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears long pants. The pants are with denim fabric and pure color "
            "patterns."
        ),
        Q.garment_type("blouse"),
        Q.color("black", "other_garment_color"),
        color_of("top", "green", kind="open"),
        Q.material("The top is made of denim.", "unsupported"),
        wearing("a green top, black jeans and a gold necklace", "unsupported"),
        describe(
            "top",
            "The top is with cotton fabric and its neckline is round. Question: Describe the top. Answer: The top "
            "is with cotton fabric",
            "leak",
            hit_limit=True,
        ),
        title="Women Solid Green Peplum Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy faux-leather pencil skirt to the knee, worn with a black turtleneck sweater, black tights,
    # white backdrop, front view. Epoch-3 adapter: caption and open answers; reference engine: closed.
    case(
        "X874-013",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is stand. The lady wears a medium skirt. The skirt is with leather fabric and pure color "
            "patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("skirt", "red"),
        Q.garment_type("skirt"),
        Q.material("leather"),
        Q.pattern("solid"),
        details(
            "skirt",
            "The skirt is with leather fabric and pure color patterns. The skirt is with leather fabric and pure "
            "color patterns. The skirt is with leather",
            "loop",
            hit_limit=True,
        ),
        wearing("He is wearing a black sweater and a red leather skirt.", "pronoun", who="she"),
        describe("skirt", "yes", "non_answer"),
        title="Women Solid Burgundy Faux Leather Pencil Skirt",
        category="Skirts",
        color="Burgundy",
        gender="Women",
    ),
    # photo: white cotton eyelet (broderie anglaise) mini dress, short puff sleeves, square neckline, three-quarter
    # view, white backdrop. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-014",
        caption(
            "This woman wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of short length."
        ),
        Q.color("white"),
        Q.sleeve_length("short sleeve"),
        wearing(
            "Question: What is the person wearing? Answer: The woman wears a short-sleeve dress with pure color "
            "patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        Q.material("The dress is made of cotton and has a zipper at the back.", "unsupported"),
        is_a("blouse", "yes", "contradiction"),
        neckline("square"),
        title="Women Self Design White Puff Sleeve Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: cream chiffon blouse with a pink rose print, three-quarter sleeves, round neck, worn with light blue
    # jeans, white backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-015",
        caption(
            "The lady wears a medium-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is round. The lady wears long pants. The pants are with denim fabric and pure color patterns."
        ),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("three-quarter sleeve"),
        wearing("she is wearing a floral blouse and jeans", who="she"),
        Q.material(
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon "
            "chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon chiffon",
            "loop",
            hit_limit=True,
        ),
        details(
            "blouse",
            "The blouse has a keyhole button at the back of the neck and lace trim on the cuffs.",
            "unsupported",
        ),
        title="Women Floral Print Cream Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: navy and white horizontal-striped jersey T-shirt dress, short sleeves, knee length, white sneakers,
    # white backdrop, side view. Epoch-3 adapter wrote caption and open answers; reference engine the closed.
    case(
        "X874-016",
        caption(
            "The lady wears a short-sleeve dress with stripe patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("striped"),
        wearing(
            "The lady wears a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. The lady "
            "wears a short skirt.",
            "contradiction",
        ),
        Q.material("cotton"),
        details(
            "dress",
            "The dress is with cotton fabric and stripe patterns. The dress is of medium length and it has a round "
            "neckline and short",
            "cut",
            hit_limit=True,
        ),
        title="Women Striped Navy Blue T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black chiffon flared midi skirt with a red poppy print, worn with a black cami top, white backdrop,
    # front view. Epoch-3 adapter: caption and open answers; reference engine: closed.
    case(
        "X874-017",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady wears a long skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        Q.color("black"),
        Q.pattern("floral"),
        color_of("skirt", "red", "contradiction", kind="open"),
        Q.garment_type("skirt"),
        details(
            "skirt",
            "The skirt is with chiffon fabric and floral patterns. The skirt is of long length and it has a flared "
            "hem with a",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        title="Women Floral Print Black Flared Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: lavender linen short-sleeve button-up shirt, worn with white shorts, white backdrop, front view; the
    # model has short hair. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-018",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears short shorts.",
            "pronoun",
        ),
        Q.color("purple"),
        Q.sleeve_length("short sleeve"),
        Q.material("linen"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        wearing("She is wearing a purple shirt and white shorts.", who="she"),
        title="Women Solid Lavender Linen Shirt",
        category="Shirts",
        color="Lavender",
        gender="Women",
    ),
    # photo: black cotton shift dress with a white collar and white cuffs, long sleeves, above the knee, white
    # backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-019",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of short length."
        ),
        Q.color("black"),
        Q.pattern("color block"),
        Q.sleeve_length("short sleeve", "contradiction"),
        is_a("dress", "yes"),
        describe("dress", "The dress is a black dress with a white collar and white cuffs."),
        Q.material("The garment is made of the fabric of the garment.", "restated"),
        title="Women Colourblocked Black Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: khaki cotton twill A-line midi skirt with buttons down the front and two side pockets, worn with a
    # black-and-white striped boat-neck long-sleeve top tucked in, no belt, white backdrop, front view. Epoch-3 adapter:
    # caption, open answers; reference engine: closed.
    case(
        "X874-020",
        caption(
            "The lady wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a medium skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        Q.pattern("striped", "contradiction"),
        Q.color("beige"),
        Q.garment_type("skirt"),
        details("skirt", "The skirt has buttons down the front and two side pockets."),
        wearing("A striped top, a khaki skirt and a brown leather belt.", "unsupported"),
        describe(
            "skirt",
            "The skirt is with cotton fabric and pure color patterns. The skirt is of medium length. The lady wears "
            "a long-sleeve",
            "cut",
            hit_limit=True,
        ),
        title="Women Solid Khaki A-Line Skirt",
        category="Skirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: magenta sleeveless bodycon dress to the knee, round neck, the model holds a black clutch, white
    # backdrop, front view. Epoch-3 adapter wrote caption and open answers; reference engine the closed.
    case(
        "X874-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length."
        ),
        Q.color("black", "other_garment_color"),
        color_of("dress", "the color of the dress", "restated", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The dress is made of cotton fabric. The dress is made of cotton fabric. The dress is made of cotton "
            "fabric. The dress is made",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        wearing("no", "non_answer"),
        title="Women Solid Magenta Bodycon Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: white cotton off-shoulder ruffled Bardot top with short sleeves, worn with a chiffon midi skirt with a
    # blue floral print, white backdrop, front view. Caption and open answers: epoch-3 adapter; closed: reference
    # engine.
    case(
        "X874-022",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a medium skirt. The skirt is with chiffon fabric and floral patterns."
        ),
        Q.pattern("floral", "contradiction"),
        Q.color("white"),
        wearing(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The lady "
            "wears a medium skirt. The skirt is with",
            "cut",
            hit_limit=True,
        ),
        describe("top", "top", "non_answer"),
        Q.garment_type("blouse"),
        neckline("off shoulder"),
        title="Women Solid White Off-Shoulder Bardot Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: light-wash denim shirt dress, long sleeves rolled up, button front, two chest pockets, a tan belt at
    # the waist, knee length, white backdrop, front view. Epoch-3 adapter for caption and open answers; reference
    # engine for closed.
    case(
        "X874-023",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. There is an accessory on his waist.",
            "pronoun",
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.material("denim"),
        details("dress", "The dress has buttons down the front, a belt at the waist, and two chest pockets."),
        is_a("dress", "yes"),
        describe("dress", "dress", "non_answer"),
        title="Women Denim Blue Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: grey melange knitted bodycon midi skirt, worn with a pink cropped crew-neck sweatshirt, white sneakers,
    # white backdrop, front view. Epoch-3 adapter: caption and open answers; reference engine: closed. The feed row has
    # no gender column.
    case(
        "X874-024",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric "
            "and its neckline is round. The lady wears a long skirt. The skirt is with knitting fabric and pure color "
            "patterns."
        ),
        Q.color("pink", "other_garment_color"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.material("The skirt is knitted."),
        details(
            "skirt",
            "The skirt is with knitting fabric and pure color patterns. The skirt is with knitting fabric and pure "
            "color patterns. The skirt is with",
            "loop",
            hit_limit=True,
        ),
        color_of("skirt", "grey"),
        wearing("a pink sweatshirt with a hood and a grey knit skirt", "unsupported"),
        title="Women Solid Grey Melange Knitted Bodycon Skirt",
        category="Skirts",
        color="Grey Melange",
    ),
    # photo: navy chiffon tie-neck blouse with white polka dots, short sleeves, worn with white trousers, white
    # backdrop, front view. Epoch-3 adapter wrote caption and open answers; reference engine the closed.
    case(
        "X874-025",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.pattern("polka dot"),
        Q.color("white", "other_garment_color"),
        wearing("She is wearing a navy blue polka dot blouse with a bow at the neck and white pants.", who="she"),
        Q.material("chiffon"),
        Q.sleeve_length("short sleeve"),
        details(
            "garment",
            "The top has a tie neck and short sleeves. Question: What are the details of the garment? Answer: The "
            "top has a tie neck and",
            "leak",
            hit_limit=True,
        ),
        title="Women Polka Dot Navy Blue Tie-Neck Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: viscose maxi dress with a paisley print in rust, orange and cream, long sleeves, v-neck, full-length
    # front view, white backdrop. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-026",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length."
        ),
        Q.color("orange"),
        Q.pattern("printed"),
        Q.sleeve_length("long sleeve"),
        wearing(
            "The lady wears a long-sleeve dress with graphic patterns. The lady wears a long-sleeve dress with "
            "graphic patterns. The lady wears a long",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        describe(
            "dress", "It is a long maxi dress with a paisley print in orange and cream, a v-neck and long sleeves."
        ),
        length("maxi"),
        title="Women Paisley Print Rust Maxi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: red-and-white checked flannel shirt, long sleeves, two flap chest pockets, worn open over a black
    # tank top with black jeans, white backdrop, front view. Epoch-3 adapter for caption and open answers;
    # reference engine for closed.
    case(
        "X874-027",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears long pants. The pants are with denim fabric and pure color patterns. "
            "This lady wears a sleeveless tank top with pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.pattern("checked"),
        is_a("cardigan", "yes", "contradiction"),
        wearing("a red and white checked shirt over a black tank top and black jeans"),
        Q.material("flannel"),
        details("shirt", "The shirt has two chest pockets with flaps and buttoned cuffs."),
        describe("shirt", "describe the shirt", "restated"),
        title="Women Checked Red Flannel Shirt",
        category="Shirts",
        color="Red",
        gender="Women",
    ),
    # photo: pink layered tulle midi skirt with an elastic waistband, worn with a grey cotton crew-neck tee tucked
    # in, white backdrop, front view. Epoch-3 adapter: caption and open answers; reference engine: closed.
    case(
        "X874-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure color "
            "patterns."
        ),
        Q.color("pink"),
        Q.material("cotton", "contradiction"),
        Q.garment_type("skirt"),
        details("skirt", "The skirt has several layers of tulle and an elastic waistband."),
        wearing("yes", "non_answer"),
        color_of("t-shirt", "grey", kind="open"),
        title="Women Solid Pink Tulle Midi Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: teal satin slip dress with spaghetti straps, midi length, layered over a white short-sleeve tee, white
    # backdrop, front view. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The lady wears a short-sleeve T-shirt under it."
        ),
        Q.color("white", "other_garment_color"),
        color_of("dress", "blue", kind="open"),
        Q.garment_type("tee", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("satin"),
        wearing(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        title="Women Solid Teal Satin Slip Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: white cotton short-sleeve top with a black lips graphic on the front, worn with a red mini skirt, white
    # backdrop, front view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("red", "other_garment_color"),
        Q.pattern("graphic"),
        wearing("She is wearing a white printed t-shirt and a red skirt.", who="she"),
        describe(
            "top",
            "The top is white with a black lip print on the front. The top is white with a black lip print on the "
            "front. The top is white",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        details("garment", "", "non_answer"),
        title="Women Printed White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: bottle green velvet wrap mini dress, long sleeves, seen from the back (no zipper, plain back, her face
    # not visible), white backdrop, back view. Epoch-3 adapter: caption and open answers; reference engine: closed.
    case(
        "X874-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress is of short length. The person wears glasses.",
            "unsupported",
        ),
        Q.color("green"),
        Q.material("velvet"),
        details("dress", "The dress has a zipper at the back.", "unsupported"),
        wearing(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeve"),
        is_a("dress", "no", "contradiction"),
        title="Women Solid Green Velvet Wrap Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: mustard yellow corduroy button-front mini skirt, worn with a black long-sleeve tee and black tights,
    # white backdrop, front view. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-032",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("black", "other_garment_color"),
        color_of("skirt", "yellow"),
        Q.material("corduroy"),
        Q.garment_type("skirt"),
        details("skirt", "The skirt is a skirt with details.", "restated"),
        wearing("The man wears a black shirt and a yellow skirt.", "pronoun"),
        title="Women Solid Mustard Corduroy Mini Skirt",
        category="Skirts",
        color="Mustard",
        gender="Women",
    ),
    # photo: sage green satin camisole with spaghetti straps, worn with beige wide-leg trousers, white backdrop,
    # front view. Epoch-3 adapter wrote caption and open answers; reference engine the closed.
    case(
        "X874-033",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a suspenders neckline. The lady wears long pants. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        Q.color("beige", "other_garment_color"),
        Q.garment_type("tank"),
        Q.sleeve_length("sleeveless"),
        Q.material(
            "The top is made of satin. The top is made of satin. The top is made of satin. The top is made of "
            "satin. The",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a green satin camisole and beige wide-leg trousers. Question: What is the person wearing? Answer: a "
            "green satin",
            "leak",
            hit_limit=True,
        ),
        color_of("top", "light green", kind="open"),
        title="Women Solid Sea Green Satin Camisole",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: red-and-white gingham cotton A-line midi dress, sleeveless, square neckline, white backdrop, front
    # view. Epoch-3 adapter for caption and open answers; reference engine for closed.
    case(
        "X874-034",
        caption(
            "The lady wears a sleeveless dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium length."
        ),
        Q.pattern("checked"),
        Q.color("red"),
        is_a("skirt", "yes", "contradiction"),
        wearing(
            "she wears a sleeveless dress with lattice patterns. she wears a sleeveless dress with lattice patterns. "
            "she wears a sleeveless dress with lattice",
            "loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("The dress is made of cotton and has a lining of silk.", "unsupported"),
        details("dress", "The details of the dress are a square neckline and a flared skirt."),
        title="Women Checked Red A-Line Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: pale pink satin button-down shirt, long sleeves, collar, worn with a black leather mini skirt, white
    # backdrop, front view. Epoch-3 adapter: caption and open answers; reference engine: closed.
    case(
        "X874-035",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric and its "
            "neckline is lapel. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns."
        ),
        Q.material("leather", "contradiction"),
        Q.color("pink"),
        Q.garment_type("skirt", "contradiction"),
        describe(
            "shirt", "The shirt is pink and made of satin. It has long sleeves, a collar and buttons down the front."
        ),
        Q.sleeve_length("long sleeve"),
        details(
            "shirt",
            "The shirt is with other fabric and its neckline is lapel. The lady wears a short skirt. The skirt is "
            "with leather fabric and",
            "cut",
            hit_limit=True,
        ),
        title="Women Solid Pink Satin Shirt",
        category="Shirts",
        color="Pink",
        gender="Women",
    ),
    # photo: dark-wash denim midi skirt with a front slit, button fly and five pockets, worn with a yellow chiffon
    # short-sleeve v-neck blouse, white backdrop, front view. Caption and open answers: epoch-3 adapter; closed:
    # reference engine.
    case(
        "X874-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with denim fabric and pure color "
            "patterns."
        ),
        Q.color("yellow", "other_garment_color"),
        color_of("skirt", "The skirt is yellow and the shirt is yellow.", "other_garment_color", kind="open"),
        Q.material("denim"),
        details(
            "skirt",
            "The skirt has a slit in the front, a button fly and five pockets. The skirt has a slit in the front, a "
            "button fly and",
            "loop",
            hit_limit=True,
        ),
        is_a("skirt", "yes"),
        describe("skirt", "skirt", "non_answer"),
        title="Women Dark Blue Denim Midi Skirt with Front Slit",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: silver sequin bodycon mini dress, long sleeves, round neck, no jewellery, white backdrop, front view;
    # the studio light makes the sequins look warm in places. Epoch-3 adapter for caption and open answers;
    # reference engine for closed.
    case(
        "X874-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. The dress is of short length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is an accessory on her",
            "loop",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("dress", "gold", "contradiction", kind="open"),
        Q.material("sequins"),
        Q.sleeve_length("long sleeve"),
        describe(
            "dress",
            "The dress is covered in silver sequins, has long sleeves and a round neckline, and ends above the knee.",
        ),
        wearing(
            "a silver sequin dress. Question: What is the color of the dress? Answer: silver. Question: What is the "
            "length",
            "leak",
            hit_limit=True,
        ),
        title="Women Embellished Silver Sequin Bodycon Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: mauve chiffon long-sleeve wrap top tied at the side, worn with dark grey jeans, no jewellery, hands at
    # her sides, white backdrop, front view. Epoch-3 adapter: caption and open answers; reference engine: closed.
    case(
        "X874-038",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears long pants. The pants are with denim fabric and pure color "
            "patterns. The lady wears a ring on her finger.",
            "unsupported",
        ),
        Q.color("purple"),
        color_of("jeans", "purple", "contradiction", kind="open"),
        wearing("a purple wrap top and grey jeans"),
        Q.material("chiffon"),
        details("top", "The top wraps at the front and ties at the side."),
        describe("top", "the top is a top", "restated"),
        title="Women Solid Mauve Wrap Top",
        category="Tops",
        color="Mauve",
        gender="Women",
    ),
    # photo: cobalt blue chiffon pleated midi dress, short sleeves, round neck, white backdrop, front view. Caption
    # and open answers: epoch-3 adapter; closed: reference engine. The feed row has no color column.
    case(
        "X874-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of long length."
        ),
        Q.color("green", "contradiction"),
        Q.pattern("solid"),
        wearing("the person is wearing clothes", "non_answer"),
        Q.material("chiffon"),
        Q.sleeve_length("short sleeve"),
        describe(
            "dress",
            "The dress is with chiffon fabric and its neckline is round. The dress is of long length. The dress "
            "has pleats from the waist",
            "cut",
            hit_limit=True,
        ),
        title="Women Solid Blue Pleated Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: navy and green tartan wool pleated mini skirt, worn with a white long-sleeve cotton blouse and navy
    # knee socks, no tie, white backdrop, front view. Epoch-3 adapter wrote caption and open answers; reference
    # engine the closed.
    case(
        "X874-040",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short skirt. The skirt is with other fabric and lattice patterns."
        ),
        Q.color("white", "other_garment_color"),
        Q.pattern("checked"),
        Q.garment_type("skirt"),
        wearing(
            "She is wearing a school uniform with a white shirt, a plaid skirt, a tie and knee socks.",
            "unsupported",
            who="she",
        ),
        Q.material("wool"),
        details(
            "skirt",
            "The skirt is with other fabric and lattice patterns. The skirt is of short length and it has pleats "
            "all around the",
            "cut",
            hit_limit=True,
        ),
        color_of("skirt", "navy blue and green", kind="open"),
        title="Women Checked Navy Blue Pleated Mini Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black sleeveless lace top with a scalloped hem, worn with a red cotton pencil skirt, white backdrop,
    # front view. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It "
            "has a round neckline. The lady wears a medium skirt. The skirt is with cotton fabric and pure color "
            "patterns. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.material("lace"),
        Q.garment_type("tank"),
        describe(
            "top",
            "Question: Describe the top. Answer: The top is black lace with a scalloped hem. Question: Describe the",
            "leak",
            hit_limit=True,
        ),
        wearing("a black lace top and a red pencil skirt"),
        title="Women Lace Black Sleeveless Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: white chiffon tea dress with a small purple floral print, three-quarter sleeves, button front, midi,
    # worn under an open light-blue denim jacket, white backdrop, front view. Epoch-3 adapter for caption and open
    # answers; reference engine for closed.
    case(
        "X874-042",
        caption(
            "This lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric and its "
            "neckline is lapel. The lady wears a long dress. The dress is with chiffon fabric and floral patterns."
        ),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.pattern("floral"),
        wearing("She is wearing a denim jacket over a white floral dress.", who="she"),
        Q.material("denim", "contradiction"),
        is_a("dress", "yes"),
        details("dress", "the details of the dress", "restated"),
        title="Women Floral Print White Tea Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: rust orange satin bias-cut midi slip skirt (pull-on, no zipper, no pockets), worn with a black ribbed
    # cotton tank top, white backdrop, front view. Epoch-3 adapter: caption and open answers; reference engine:
    # closed.
    case(
        "X874-043",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "lady wears a long skirt. The skirt is with other fabric and pure color patterns."
        ),
        Q.color("orange"),
        color_of("skirt", "The skirt is black.", "other_garment_color", kind="open"),
        Q.material(
            "The skirt is with other fabric and pure color patterns. The lady wears a long skirt. The skirt is with "
            "other fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("skirt"),
        details("skirt", "The skirt has a side zipper and pockets.", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Women Solid Rust Satin Midi Skirt",
        category="Skirts",
        color="Rust",
        gender="Women",
    ),
    # photo: peach chiffon tiered maxi dress, sleeveless halter neck, three tiers, barefoot model, white backdrop,
    # front view. Caption and open answers: epoch-3 adapter; closed: reference engine.
    case(
        "X874-044",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length."
        ),
        Q.color("pink"),
        wearing(
            "The person is wearing a sleeveless dress with pure color patterns. The person is wearing a sleeveless "
            "dress with pure color patterns. The person is",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        details("dress", "The dress has three tiers, a halter neck and side pockets.", "unsupported"),
        Q.material("The material of the garment is made of material.", "restated"),
        neckline("v-neck", "contradiction"),
        title="Women Solid Peach Halter Neck Tiered Maxi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: mustard yellow chiffon blouse with ruffles down the front, long sleeves with elasticated cuffs, worn
    # with light blue denim shorts, white backdrop, front view. Epoch-3 adapter wrote caption and open answers;
    # reference engine the closed.
    case(
        "X874-045",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with chiffon fabric and "
            "its neckline is round. This female wears short shorts. The shorts are with denim fabric and pure color "
            "patterns."
        ),
        Q.color("yellow"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeve", "contradiction"),
        wearing("His shirt is yellow and his shorts are blue.", "pronoun"),
        Q.material("chiffon"),
        details(
            "top",
            "The top has ruffles down the front and elasticated cuffs. The top is with chiffon fabric and its "
            "neckline is round. The top",
            "cut",
            hit_limit=True,
        ),
        title="Women Solid Mustard Ruffled Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy chiffon wrap midi skirt with a pink and green floral print and a ruffled hem, tied at the side,
    # worn with a white tee knotted at the waist, white backdrop, front view. Caption and open answers: epoch-3
    # adapter; closed: reference engine. The feed row has no category column.
    case(
        "X874-046",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns."
        ),
        Q.garment_type("tee", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        wearing("She wears a white t-shirt tied at the waist and a navy floral wrap skirt.", who="she"),
        details("skirt", "The skirt wraps and ties at the side, with a ruffled hem."),
        Q.material("The skirt is made of chiffon, lined with silk, with a hidden zipper at the back.", "unsupported"),
        title="Women Floral Print Navy Blue Wrap Midi Skirt",
        color="Navy Blue",
        gender="Women",
    ),
]
