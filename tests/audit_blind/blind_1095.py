"""BLIND_1095 (46 products; Party dresses and tops; caption adapter, epoch 2): written blind in the fifty-ninth session.
Measured blind at caeb924 (the session's final rules): 111/128 failures found (86.7%) and 11/185 correct texts flagged
(5.9%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's party wear, 23 dresses and 23 tops: sequinned, satin, velvet, lace, mesh
and metallic pieces. Photos are catalog shots of a model, mostly on a white studio backdrop (a few grey or beige
ones), full length for dresses and knee-up for tops; tops are worn with jeans, trousers or skirts, some dresses with
a blazer, a denim or leather jacket, a fur stole or black tights. Seller columns are title, category (Dresses or
Tops) and color (Myntra's base colour); two rows lack a column, as real feeds do.

Who wrote what: every caption and every open answer (wearing, description, details, material, the open color
questions) is free generation by the caption adapter stopped after its second epoch (between the published first
and third epochs), trained on DeepFashion-MultiModal template captions with unmasked labels and no end token. At
epoch 2 it still names hues now and then (the base model survives in part), but it falls back on the template
("The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric..."), its fabric
words (cotton, chiffon, knitting, denim, furry, leather) and its hallucinated accessories (a ring, a hat, glasses, a
belt). Short answers sometimes end on the base model's newline; long template answers run to the limit (50 new
tokens for captions, 30 for answers) and either loop back to the template's first sentence or stop mid-phrase. It
also learned the prompt format itself, so some answers echo "Question: ... Answer:". Closed answers (garment type,
color, pattern, sleeve length, neckline, "Is this a ...?") come from enrich's --engine reference, which ranks the
candidate values with the same adapter and keeps one: they never loop or stop short, but they often pick the color
of the jeans, jacket or skirt in the photo, or the dark color of a dark navy or green velvet.

Labeling conventions and judgement calls:
- One failure per text, the one that matters most: a text that loops is "loop" even if it also invents a fabric; a
  text that echoes the "Question: ... Answer:" format is "leak" even when it also runs to the limit.
- hit_limit=True only where the text ran to its token limit (every loop and cut here, some leaks); no correct
  text ran to the limit in this set.
- A caption that starts the template over ("... The lady wears a long-sleeve dress with") is a loop; a caption that
  stops mid-sentence with new content is a cut.
- A fabric that differs from the one the seller's title names (chiffon for a "Satin" dress, furry for velvet,
  denim or leather taken from a jacket worn over it) is a contradiction; a fabric when the title names none and the
  photo does not support it (cotton for a sequinned top, wool for a sequin blazer dress) is unsupported.
- A color that belongs to another garment in the photo (jeans, trousers, skirt, blazer, jacket, stole, tights) is
  other_garment_color; a wrong color that belongs to nothing else (black for dark navy or bottle-green velvet,
  white for grey satin's sheen, grey from a grey backdrop, one print color for a black floral dress, the white
  collar of a black dress) is a contradiction. The seller's color group decides shades: magenta and peach are pink,
  so purple and orange are wrong; mustard is yellow, rust is orange, cream is white, teal is blue.
- Sequinned, satin and velvet pieces of one color count as "solid" pattern; floral lace counts as "floral"; star
  sequins on mesh read as "complicated patterns" in a caption are correct.
- An invented detail the front view cannot show or the photo lacks (a back zip, a lace-up back, a belt, a pocket,
  a ring, glasses, a hat, a necklace, sneakers cropped out of a knee-up shot) is unsupported.
- "Is this a skirt?" answered yes for a top worn with a skirt, and "jacket" for a blazer dress, are contradictions
  (the product is what the seller sells, not another thing in the photo).
- A one-word or yes/no answer to an open question that asks for a description ("pink" or "top" to "Describe the
  ...", "yes" or "no" to the details question, "dress" to "What is the person wearing?") is a non_answer, but one
  word that answers a what-question ("velvet" for the material, "teal" for an open color question) is correct.
- An answer that only gives the question's words back ("the color of the top", "the details of the garment", "the
  dress is a dress") is restated.
- "he", "his" or "the gentleman" for the women's products is a pronoun failure; "the lady", "the female", "this
  woman", "she" are the template's correct words.
- DeepFashion's "suspenders" neckline for thin straps, "outer clothing" for a blazer or jacket and "medium length"
  for a midi are the template's vocabulary and count as correct when they match the photo.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS,
    DEFAULT_QUESTIONS,
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

Q = DEFAULT_QUESTIONS
B = BLIND_QUESTIONS
neckline = question("neckline", "What is the neckline of the garment?", "closed")

BLIND_1095 = [
    # photo: black sequinned sleeveless bodycon mini dress, round neck, black heels, silver clutch in her hand, white
    # backdrop, front view. Caption adapter epoch 2 wrote the caption and open answers; reference engine the closed.
    case(
        "X1095-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. It has a round"
            " neckline. There is an accessory in her hand. The lady wears a sleeveless dress with pure color"
            " patterns. The",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("solid"),
        B.sleeve_length("sleeveless"),
        Q.material("The dress is with cotton fabric.", "unsupported"),
        Q.details("It has a round neckline and it is of short length."),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: silver sequinned camisole with thin straps tucked into black high-waist trousers, open black blazer over
    # it, white backdrop, knee-up front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-002",
        caption(
            "The lady wears a sleeveless tank top and a long pants. The pants are of long length with solid color"
            " patterns. This lady also wears an outer clothing with long sleeves and",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("top"),
        Q.color("black", "other_garment_color"),
        color_of("top", "The top is silver with sequins.", kind="open"),
        B.sleeve_length("sleeveless"),
        Q.wearing("a silver sequin top, black pants and a black blazer"),
        title="Tokyo Talkies Women Silver-Toned Embellished Cami Top",
        category="Tops",
        color="Silver",
        gender="Women",
    ),
    # photo: maroon velvet wrap midi dress, long sleeves, V-neck, self tie at the waist, gold earrings, grey studio
    # backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-003",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a"
            " V-shape neckline.",
            "contradiction",
        ),
        Q.color("maroon"),
        color_of("dress", "The dress is burgundy.", kind="open"),
        B.material("velvet"),
        B.sleeve_length("long"),
        Q.details("The dress has a V-shape neckline, long sleeves and a belt at the waist."),
        wearing("She wears a maroon velvet dress with long sleeves and a tie at the waist.", who="she"),
        title="SASSAFRAS Women Maroon Velvet Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: emerald green satin cowl-neck cami, thin straps, tucked into mid-blue jeans, white backdrop, knee-up.
    # Caption adapter epoch 2 (caption and open answers); reference engine (closed answers).
    case(
        "X1095-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with denim"
            " fabric and solid color patterns. The tank top is with chiffon fabric. The lady wears a sleeveless tank"
            " top with pure",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        Q.material("satin"),
        describe("top", "a green satin top with a cowl neckline and thin straps"),
        Q.details("The top has a cowl neckline and thin spaghetti straps. It is tucked into blue jeans."),
        Q.pattern("solid"),
        title="Berrylush Women Green Satin Cowl Neck Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: navy blue floral lace sheath dress, short sleeves, round neck, scalloped knee-length hem, gold clutch in
    # her hand, white backdrop, three-quarter front view. Caption adapter epoch 2 (caption, open); reference (closed).
    case(
        "X1095-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of medium length. It has a round"
            " neckline. There is an accessory in her hand."
        ),
        Q.color("black", "contradiction"),
        color_of("dress", "navy blue", kind="open"),
        Q.garment_type("dress"),
        Q.pattern("floral"),
        Q.details("The dress has lace all over, short sleeves and a scalloped hem at the", "cut", hit_limit=True),
        Q.material("lace"),
        title="Dressberry Women Navy Blue Lace Sheath Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black velvet long-sleeve square-neck top tucked into a red pleated satin midi skirt, white backdrop,
    # full length. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-006",
        caption(
            "The female wears a long-sleeve top with pure color patterns. The neckline of it is square. The lower"
            " clothing is a long skirt with red color."
        ),
        Q.color("red", "other_garment_color"),
        color_of("top", "black", kind="open"),
        Q.material("velvet"),
        B.sleeve_length("long"),
        Q.wearing(
            "a black velvet top and a red skirt, a red skirt, a red skirt, a red skirt, a red skirt, a red skirt,"
            " a red",
            "loop",
            hit_limit=True,
        ),
        is_a("top", "yes"),
        title="Tokyo Talkies Women Black Velvet Square Neck Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink (rose) sequinned one-shoulder sleeveless bodycon mini dress, nude heels, white backdrop, front view.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-007",
        caption(
            "The gentleman wears a sleeveless dress with pure color patterns. The dress is of short length.", "pronoun"
        ),
        Q.garment_type("dress"),
        Q.color("pink"),
        B.sleeve_length("sleeveless"),
        Q.details("The dress has a one-shoulder neckline, sequins and a zip at the back.", "unsupported"),
        describe(
            "dress",
            "The dress is pink with sequins. The dress is pink with sequins. The dress is pink with sequins. The dress"
            " is pink",
            "loop",
            hit_limit=True,
        ),
        title="Athena Women Pink Embellished One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: white lace peplum top with short flutter sleeves and a round neck, black skinny jeans, a watch on her
    # left wrist, white backdrop, knee-up. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-008",
        caption(
            "The lady wears a short-sleeve top with floral patterns and a long pants. The top is with lace fabric. The"
            " pants are with denim fabric and solid color patterns. There is an accessory on her wrist. The pants",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("floral"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.material("lace"),
        Q.details("peplum hem, short sleeves, round neckline"),
        Q.wearing("She is wearing a white top and black jeans."),
        title="StyleStone Women White Lace Peplum Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: champagne-gold satin slip midi dress, thin straps, cowl neck, bare neck and arms, white backdrop, full
    # length. Caption adapter epoch 2 (caption and open answers); reference engine (closed answers).
    case(
        "X1095-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its"
            " neckline is suspenders.",
            "contradiction",
        ),
        Q.color("gold"),
        Q.material("satin"),
        B.sleeve_length("sleeveless"),
        Q.description("A gold satin slip dress with thin straps and a cowl neckline. It is of midi length."),
        Q.details(
            "Question: What are the details of the garment? Answer: The dress has thin straps. Question: What are the",
            "leak",
            hit_limit=True,
        ),
        Q.wearing("The lady wears a gold dress and a necklace.", "unsupported"),
        title="Mango Women Gold-Toned Satin Slip Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: red sequinned high-neck long-sleeve crop top, black wide-leg trousers, grey backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-010",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a long pants. The top is with cotton"
            " fabric. The pants are black.",
            "unsupported",
        ),
        Q.color("red"),
        color_of("top", "The top is red and the pants are black.", kind="open"),
        Q.garment_type("top"),
        B.sleeve_length("long"),
        Q.details("high neck, sequins, cropped length"),
        describe(
            "top",
            "It is a red top. It is a red top. It is a red top. It is a red top. It is a red top. It is",
            "loop",
            hit_limit=True,
        ),
        title="URBANIC Women Red Sequinned Crop Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: bottle-green velvet long-sleeve bodycon midi dress, round neck, front slit, black heels, white backdrop,
    # full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-011",
        caption("The female is wearing a long-sleeve dress with pure color patterns. The neckline of it is round."),
        Q.color("black", "contradiction"),
        color_of("dress", "dark green", kind="open"),
        Q.material("The dress is with knitting fabric.", "contradiction"),
        Q.pattern("solid"),
        Q.details(
            "The dress has a slit on the front, a slit on the front, a slit on the front, a slit on the front, a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("dress", "non_answer"),
        title="Miss Chase Women Green Velvet Bodycon Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: sheer black floral lace long-sleeve top over a black bralette, white straight trousers, white backdrop,
    # knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-012",
        caption("The lady wears a long-sleeve top with floral patterns and a long pants. The pants are white."),
        Q.color("white", "other_garment_color"),
        Q.pattern("floral"),
        B.sleeve_length("long"),
        Q.material("The top is made of lace."),
        wearing("a black lace top", who="she"),
        Q.details(
            "Answer: The top has long sleeves and a round neckline. Question: What are the details of the pants?"
            " Answer: The pants",
            "leak",
            hit_limit=True,
        ),
        Q.description("The top has long sleeves, a lace pattern and a pocket on the chest.", "unsupported"),
        title="Vero Moda Women Black Lace Sheer Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: silver sequinned sleeveless V-neck shift dress with a fringed hem, black faux-fur stole over her
    # shoulders, white backdrop, full length. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-013",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. This lady also wears an outer clothing with"
            " furry fabric. The dress is of short length."
        ),
        Q.color("black", "other_garment_color"),
        color_of("dress", "silver", kind="open"),
        Q.garment_type("dress"),
        Q.details("The dress has fringes at the hem and sequins all over."),
        Q.material("The dress is made of fur.", "contradiction"),
        B.sleeve_length("sleeveless"),
        title="Label Ritu Kumar Women Silver-Toned Sequinned Fringed Shift Dress",
        category="Dresses",
        color="Silver",
        gender="Women",
    ),
    # photo: blush pink satin wrap blouse, long balloon sleeves, V-neck, thin gold bracelet, white jeans, white
    # backdrop, knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-014",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with denim"
            " fabric and pure color patterns. The shirt is with other fabric and its neckline is V-shape. There is an"
            " accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        color_of("top", "white", "other_garment_color", kind="open"),
        Q.material("satin"),
        B.sleeve_length("long"),
        describe("top", "pink", "non_answer"),
        title="Trendyol Women Pink Satin Wrap Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: red floral lace bodycon midi dress, three-quarter sleeves, round neck, sheer black tights, black heels,
    # white backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed).
    case(
        "X1095-015",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is of long length. It has a round"
            " neckline. The lady wears a medium-sleeve dress with floral patterns. The dress is of long length. It"
            " has a",
            "loop",
            hit_limit=True,
        ),
        Q.color("red"),
        B.sleeve_length("three-quarter"),
        Q.material("lace"),
        Q.pattern("floral"),
        Q.wearing("She is wearing a red lace dress with black tights and black heels."),
        color_of("dress", "black", "other_garment_color", kind="open"),
        details("dress", "yes", "non_answer"),
        title="Sassafras Women Red Lace Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: gold sequinned strapless tube top with a black satin mini skirt, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-016",
        caption(
            "The lady wears a sleeveless top and a short skirt. The skirt is black with satin fabric. The top is with"
            " pure color patterns."
        ),
        Q.garment_type("top"),
        Q.color("gold"),
        is_a("dress", "yes", "contradiction"),
        Q.details("The top is strapless and has sequins all over. The skirt is black."),
        Q.material("The top is made of cotton.", "unsupported"),
        details("top", "The top details are the details of the top.", "restated"),
        title="Forever 21 Women Gold-Toned Sequinned Tube Top",
        category="Tops",
        color="Gold",
        gender="Women",
    ),
    # photo: black velvet off-shoulder mini dress with short puff sleeves, pearl earrings, no belt, white backdrop,
    # full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of short length. There is an"
            " accessory on her ear. The lady wears a short-sleeve dress with pure color patterns. The dress is of"
            " short length. There",
            "loop",
            hit_limit=True,
        ),
        Q.color("black"),
        neckline("off-shoulder"),
        Q.material("velvet"),
        B.sleeve_length("short"),
        describe(
            "dress",
            "The dress is black and it is of short length. It has short puff sleeves and an off-shoulder neckline.",
        ),
        Q.details("The dress has puff sleeves and a belt at the waist.", "unsupported"),
        Q.wearing("yes", "non_answer"),
        title="Tokyo Talkies Women Black Velvet Off-Shoulder Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: lavender satin camisole with lace trim at the neckline and thin straps, grey trousers, no glasses, white
    # backdrop, knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are grey. The"
            " lady wears glasses.",
            "unsupported",
        ),
        Q.color("grey", "other_garment_color"),
        color_of("top", "light purple", kind="open"),
        Q.material("satin"),
        Q.details("lace trim at the neckline and thin straps"),
        Q.pattern("solid"),
        Q.wearing("He is wearing a purple top and grey pants.", "pronoun"),
        title="ONLY Women Lavender Satin Lace Trim Camisole",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: teal sequinned long-sleeve V-neck maxi gown with a thigh slit, grey studio backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-019",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is of long length. It has a"
            " V-shape neckline."
        ),
        Q.color("grey", "contradiction"),
        color_of("dress", "teal", kind="open"),
        Q.garment_type("dress"),
        Q.details(
            "The dress has a slit on the left leg and sequins all over, a V-neckline and long sleeves. The dress has a"
            " slit on",
            "loop",
            hit_limit=True,
        ),
        Q.material("The dress is made of sequins."),
        Q.wearing("She is wearing a teal gown and a silver necklace.", "unsupported"),
        title="Label Ritu Kumar Women Teal Sequinned Maxi Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: sheer black mesh long-sleeve top with silver star sequins over a black bralette, mid-blue denim shorts,
    # white backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed).
    case(
        "X1095-020",
        caption(
            "The lady wears a long-sleeve top with complicated patterns and a short pants. The pants are with denim"
            " fabric."
        ),
        Q.color("black"),
        Q.pattern("striped", "contradiction"),
        color_of("top", "blue", "other_garment_color", kind="open"),
        B.sleeve_length("long"),
        Q.description(
            "The top is black with silver stars on it. The top is black with silver stars on it. The top is black with",
            "loop",
            hit_limit=True,
        ),
        Q.material("mesh"),
        Q.details(
            "Answer: sequin stars on the sleeves and body Question: What is the color of the top? Answer: black"
            " Question",
            "leak",
            hit_limit=True,
        ),
        title="Kassually Women Black Embellished Sheer Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: burgundy satin slip midi dress with black lace trim at the neckline, black blazer draped over her
    # shoulders, plain bodice, white backdrop, full length. Caption adapter epoch 2 (caption, open); reference (closed).
    case(
        "X1095-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns and an outer clothing. The outer clothing is"
            " black and it has long sleeves."
        ),
        Q.color("black", "other_garment_color"),
        color_of("dress", "burgundy", kind="open"),
        Q.material("The dress is made of velvet.", "contradiction"),
        Q.details("black lace trim at the neckline and thin straps"),
        Q.wearing("The lady is wearing a burgundy dress and a black jacket."),
        describe("dress", "The dress is burgundy with a floral embroidery on the chest.", "unsupported"),
        title="Cover Story Women Burgundy Satin Slip Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: off-white satin pussy-bow blouse, long sleeves with buttoned cuffs, tucked into a black leather mini
    # skirt, white backdrop, full length. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-022",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a short skirt. The skirt is with leather"
            " fabric and solid color patterns. The shirt is with other fabric and it has a bow on the neckline. The"
            " shirt is with",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.garment_type("top"),
        is_a("skirt", "yes", "contradiction"),
        Q.material("satin"),
        Q.details("The blouse has a bow at the neck and long sleeves with buttoned cuffs."),
        color_of("blouse", "black", "other_garment_color", kind="open"),
        title="Mango Women Off-White Satin Bow Neck Blouse",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: cobalt blue sequinned long-sleeve wrap mini dress, V-neck, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-023",
        caption("The lady wears a long-sleeve dress with pure color patterns. It has a V-shape neckline."),
        Q.color("blue"),
        color_of(
            "dress",
            "The dress is blue with sequins and it has a V-neckline with long sleeves and a wrap style and it is of"
            " short length and it",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        describe("dress", "a blue sequin wrap dress"),
        wearing("He is wearing a blue sequined dress.", "pronoun", who="she"),
        title="Athena Women Blue Sequinned Wrap Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard velvet top with short puff sleeves and a square neck, black jeans, plain back (not shown), white
    # backdrop, knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-024",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long pants. The pants are with denim"
            " fabric and black color."
        ),
        Q.color("yellow"),
        color_of("top", "The top is brown.", "contradiction", kind="open"),
        Q.material("velvet"),
        Q.details("puff sleeves, square neckline"),
        B.sleeve_length("short"),
        Q.pattern("solid"),
        Q.description("The top is mustard velvet with puff sleeves and a bow at the back.", "unsupported"),
        title="Berrylush Women Mustard Velvet Puff Sleeve Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: white floral lace sleeveless A-line mini dress, round neck, open mid-blue denim jacket over it, white
    # backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-025",
        caption(
            "The lady wears a sleeveless dress with floral patterns. This lady also wears an outer clothing with denim"
            " fabric and long sleeves."
        ),
        Q.color("blue", "other_garment_color"),
        color_of("dress", "white", kind="open"),
        Q.material("denim", "contradiction"),
        is_a("jacket", "yes", "contradiction"),
        Q.details("The dress has a floral lace pattern, a round neckline and a flared skirt."),
        title="Dressberry Women White Lace A-Line Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: black satin corset top, sweetheart neckline, thin straps, high-waist mid-blue jeans, front view only,
    # white backdrop. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-026",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The pants are with denim"
            " fabric and solid color patterns. The tank top is with cotton fabric.",
            "contradiction",
        ),
        Q.color("black"),
        color_of("top", "the color of the top", "restated", kind="open"),
        Q.details("The top has a sweetheart neckline and a lace up back.", "unsupported"),
        Q.garment_type("top"),
        Q.wearing(
            "The lady wears a black top and blue jeans. The lady wears a black top and blue jeans. The lady wears a"
            " black top and",
            "loop",
            hit_limit=True,
        ),
        title="Trendyol Women Black Satin Corset Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: plum purple velvet maxi dress, long bishop sleeves, round neck, gathered (not belted) waist, beige
    # backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-027",
        caption(
            "This woman is wearing a long-sleeve dress with solid color patterns. It is of long length. There is a"
            " belt on the waist.",
            "unsupported",
        ),
        Q.color("purple"),
        color_of("dress", "The dress is purple.", kind="open"),
        Q.material("velvet"),
        describe(
            "dress",
            "The dress is of long length. The dress is of long length. The dress is of long length. The dress",
            "loop",
            hit_limit=True,
        ),
        B.sleeve_length("long"),
        Q.wearing(
            "Question: What is the person wearing? Answer: The lady wears a long-sleeve dress with pure color"
            " patterns. Question:",
            "leak",
            hit_limit=True,
        ),
        title="Harpa Women Purple Velvet Maxi Dress",
        category="Dresses",
        color="Purple",
        gender="Women",
    ),
    # photo: multicoloured sequinned top in horizontal stripes (pink, yellow, green, blue), short sleeves, round neck,
    # black trousers, white backdrop, knee-up. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-028",
        caption("The lady wears a short-sleeve top with striped patterns and a long pants."),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        color_of("top", "The top has many colors in stripes: pink, yellow, green and blue.", kind="open"),
        Q.details("sequins, short sleeves, round neck"),
        Q.material("The top is with knitting fabric.", "unsupported"),
        describe("top", "a top", "non_answer"),
        title="Kazo Women Multicoloured Striped Sequinned Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: black floral lace overlay bodycon midi dress on a nude lining, sheer long lace sleeves, white backdrop,
    # full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-029",
        caption("The female wears a long-sleeve dress with floral patterns. The dress is of medium length."),
        Q.color("black"),
        color_of("dress", "beige", "contradiction", kind="open"),
        Q.material("lace"),
        Q.details("The dress has a sheer lace overlay, a nude lining and long", "cut", hit_limit=True),
        Q.pattern("floral"),
        describe("dress", "the dress is a dress", "restated"),
        title="Zink London Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: sky blue satin one-shoulder top with a ruffle along the neckline, no zip visible, white trousers, white
    # backdrop, knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-030",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long pants. The pants are white. There is"
            " a ruffle on the shoulder."
        ),
        Q.color("blue"),
        color_of("top", "white", "other_garment_color", kind="open"),
        neckline("one-shoulder"),
        Q.material(
            "The top is with chiffon fabric and its neckline is suspenders. The top is with chiffon fabric and its",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("she is wearing a blue top and white pants"),
        Q.details("The top has a ruffle on the shoulder and a zip on the side.", "unsupported"),
        title="Harpa Women Blue Satin One-Shoulder Ruffled Top",
        category="Tops",
        color="Blue",
        gender="Women",
    ),
    # photo: gold metallic pleated midi dress, short sleeves, V-neck, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium length. It has a"
            " V-shape neckline. The dress is with other fabric and it has pleats on the",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold"),
        color_of("dress", "golden", kind="open"),
        Q.pattern("striped", "contradiction"),
        B.sleeve_length("short"),
        Q.details("Question: What are the details of the garment? Answer: pleats", "leak"),
        title="Label Ritu Kumar Women Gold-Toned Pleated Metallic Dress",
        category="Dresses",
        color="Gold",
        gender="Women",
    ),
    # photo: black velvet long-sleeve wrap top with a side tie, tucked into a silver sequinned midi skirt, white
    # backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-032",
        caption("The lady wears a long-sleeve top with pure color patterns and a long skirt. The skirt is silver."),
        Q.color("silver", "other_garment_color"),
        color_of("top", "black", kind="open"),
        Q.garment_type("skirt", "contradiction"),
        Q.material("velvet"),
        Q.details("wrap front with a tie at the side, long sleeves, V-neck"),
        title="Vero Moda Women Black Velvet Wrap Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: emerald green satin one-shoulder midi dress draped at the side, gold heels, hands visible and bare (no
    # ring), white backdrop, full length. Feed row has no color. Caption adapter epoch 2 (caption, open); reference.
    case(
        "X1095-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of medium length. There is a"
            " ring on her finger.",
            "unsupported",
        ),
        Q.color("green"),
        color_of(
            "dress",
            "Question: What is the color of the dress? Answer: green Question: What is the color of the dress? Answer:"
            " green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.material("satin"),
        Q.details("one shoulder, draping on the side"),
        wearing("She is wearing a green satin dress and gold heels.", who="she"),
        title="SASSAFRAS Women Green Satin One-Shoulder Draped Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: navy blue sequinned sleeveless peplum top, white wide-leg trousers, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-034",
        caption(
            "The gentleman wears a sleeveless top with pure color patterns and a long pants. The pants are white.",
            "pronoun",
        ),
        Q.color("navy blue"),
        color_of("top", "black", "contradiction", kind="open"),
        B.sleeve_length("sleeveless"),
        Q.details("The top has a peplum at the waist and sequins all over. The pants are white with wide legs."),
        Q.material("The top is made of sequins."),
        title="AND Women Navy Blue Sequinned Peplum Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black velvet long-sleeve mini dress with a white lace Peter Pan collar, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-035",
        caption(
            "The lady wears a long-sleeve dress with color block patterns. The dress is of short length. The collar"
            " is white."
        ),
        Q.color("white", "contradiction"),
        color_of("dress", "black with a white collar", kind="open"),
        Q.material("velvet"),
        Q.details("a white lace collar, long sleeves"),
        Q.wearing(
            "The lady wears a long-sleeve dress, a long-sleeve dress, a long-sleeve dress, a long-sleeve dress, a long",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "This is a description of the dress.", "restated"),
        title="Tokyo Talkies Women Black Velvet Collared Mini Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: rust satin halter-neck top tied at the nape, beige tailored trousers, beige backdrop, knee-up.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-036",
        caption(
            "The lady wears a sleeveless top with pure color patterns and a long pants. The pants are with cotton"
            " fabric and beige color.",
            "unsupported",
        ),
        Q.color("orange"),
        color_of("top", "beige", "other_garment_color", kind="open"),
        neckline("halter"),
        Q.material(
            "The top is made of satin fabric and it has a halter neckline with a tie at the back of the neck and it is",
            "cut",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        title="Cover Story Women Rust Satin Halter Neck Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: red sequinned strapless bodycon mini dress, open black faux-leather biker jacket over it, white
    # backdrop, full length, front view. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-037",
        caption(
            "The lady wears a sleeveless dress with pure color patterns and an outer clothing. The outer clothing is"
            " with leather fabric and black color."
        ),
        Q.color("red"),
        color_of("dress", "black", "other_garment_color", kind="open"),
        is_a("jacket", "no"),
        Q.details("The dress has sequins, a strapless neckline and a side zip.", "unsupported"),
        Q.material("leather", "contradiction"),
        title="Athena Women Red Embellished Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: black satin camisole with lace trim at the neckline under an open red blazer, black trousers, white
    # backdrop, knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-038",
        caption(
            "The lady wears a sleeveless tank top and an outer clothing. The outer clothing is red with long sleeves."
            " The tank top is black."
        ),
        Q.color("red", "other_garment_color"),
        color_of("top", "red", "other_garment_color", kind="open"),
        Q.material("satin"),
        Q.details("lace trim at the neckline"),
        Q.wearing("a red blazer over a black top"),
        Q.description(
            "Answer: a black satin camisole with lace trim. Question: Describe the garment. Answer: a black",
            "leak",
            hit_limit=True,
        ),
        title="ONLY Women Black Satin Lace-Trim Camisole",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: peach satin wrap midi dress, short flutter sleeves, V-neck, self tie at the waist, white backdrop, full
    # length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-039",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is of medium length. It has a"
            " V-shape neckline. There is a belt on her waist. The belt is with",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange", "contradiction"),
        color_of("dress", "peach", kind="open"),
        Q.material("satin"),
        describe("dress", "The dress is a wrap dress with a tie at the waist, short flutter sleeves and a V-neckline."),
        B.sleeve_length("short"),
        Q.details("The details of the garment are the details of the dress.", "restated"),
        title="Berrylush Women Peach Satin Wrap Midi Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: olive green velvet long-sleeve ruched crop top, black mini skirt, bare head, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-040",
        caption(
            "The lady wears a long-sleeve top with pure color patterns and a short skirt. The skirt is black. She"
            " wears a hat.",
            "unsupported",
        ),
        Q.color("green"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.material("velvet"),
        Q.details("The top is ruched at the front and cropped."),
        Q.description("top", "non_answer"),
        title="Tokyo Talkies Women Olive Green Velvet Ruched Crop Top",
        category="Tops",
        color="Olive",
        gender="Women",
    ),
    # photo: silver-grey satin cowl-neck mini dress with thin straps, silver hoop earrings, black strappy heels, white
    # backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is of short length. The dress is"
            " with other fabric and it has suspenders. The neckline of it is cowl. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        color_of("dress", "white", "contradiction", kind="open"),
        Q.material("satin"),
        describe("dress", "cowl neckline, thin straps, short length"),
        Q.wearing("He wears a grey dress and black heels.", "pronoun"),
        Q.details("no", "non_answer"),
        title="Mango Women Grey Satin Cowl Neck Dress",
        category="Dresses",
        color="Grey",
        gender="Women",
    ),
    # photo: magenta velvet shirt-style top with gold buttons down the front, long sleeves, black jeans, white
    # backdrop, knee-up. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-042",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The pants are with denim"
            " fabric and black color. There are buttons on the shirt."
        ),
        Q.color("purple", "contradiction"),
        color_of("top", "pink", kind="open"),
        Q.material(
            "The top is made of velvet. The top is made of velvet. The top is made of velvet. The top is made of",
            "loop",
            hit_limit=True,
        ),
        Q.details("gold buttons down the front and long sleeves"),
        Q.garment_type("top"),
        title="Harpa Women Magenta Velvet Shirt Style Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: black satin midi dress printed with pink and red roses, short puff sleeves, square neck, white
    # backdrop, full length. Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is of medium length. It has a square"
            " neckline."
        ),
        Q.color("black"),
        Q.pattern("floral"),
        color_of("dress", "pink", "contradiction", kind="open"),
        Q.material("The dress is with chiffon fabric.", "contradiction"),
        Q.details("The dress has a floral print, puff sleeves and a square neckline."),
        Q.wearing("question: what is the person wearing? answer: a black floral dress", "leak"),
        title="Sassafras Women Black Floral Print Satin Midi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: cream lace high-neck long-sleeve top tucked into a black velvet midi skirt, white backdrop, full length.
    # Caption adapter epoch 2 (caption, open answers); reference engine (closed answers).
    case(
        "X1095-044",
        caption("The lady wears a long-sleeve top with floral patterns and a long skirt. The skirt is black."),
        Q.color("white"),
        color_of("top", "black", "other_garment_color", kind="open"),
        is_a("dress", "yes", "contradiction"),
        Q.material("lace"),
        describe(
            "top",
            "The top is cream colored lace with a high neck and long sleeves and it is tucked into a black skirt. The",
            "cut",
            hit_limit=True,
        ),
        Q.details("the details of the garment", "restated"),
        title="Cover Story Women Cream Lace High Neck Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: black sequinned double-breasted blazer mini dress, long sleeves, notch lapels, flap pockets, sheer black
    # tights, white backdrop, full length. Caption adapter epoch 2 (caption, open); reference engine (closed).
    case(
        "X1095-045",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. It has a lapel neckline. The jacket is of"
            " short length.",
            "contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("black"),
        is_a("dress", "yes"),
        Q.details("The dress has a lapel collar, buttons on the front and pockets on the", "cut", hit_limit=True),
        B.sleeve_length("long"),
        Q.material("The dress is made of wool.", "unsupported"),
        title="AND Women Black Sequinned Blazer Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: hot pink satin crop top with short puff sleeves and a square neck, light blue jeans, knee-up (feet not
    # shown), white backdrop. Feed row has no category. Caption adapter epoch 2 (caption, open); reference (closed).
    case(
        "X1095-046",
        caption(
            "The lady wears a short-sleeve top with pure color patterns and a long pants. The pants are with denim"
            " fabric and light blue color."
        ),
        Q.color("pink"),
        color_of("top", "light blue", "other_garment_color", kind="open"),
        B.sleeve_length("long", "contradiction"),
        Q.material("satin"),
        Q.details(
            "The top has puff sleeves, a square neckline and a crop length. The top has puff sleeves, a square"
            " neckline and a crop",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("She is wearing a pink top, blue jeans and white sneakers.", "unsupported"),
        title="URBANIC Women Pink Satin Puff Sleeve Crop Top",
        color="Pink",
        gender="Women",
    ),
]
