"""BLIND_972 (46 products; Myntra women's tops, dresses, skirts, caption+QA): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 94/127 failures found (74.0%) and 10/188 correct texts flagged
(5.3%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of women's (and two girls') Tops, Dresses and Skirts, article_type, base_colour and
product_name as the seller typed them; two rows lack gender. Real catalog photos: one model on a
white backdrop, front view mostly (one back view), nearly always wearing a second garment (jeans or trousers under a
top, a tee tucked into a skirt, a denim jacket over a slip dress), sometimes a prop (a straw hat) or sneakers.

Who wrote what: every caption comes from the epoch-3 caption adapter (Data2_V2_Blip2_Finetune_Caption on
blip2-opt-2.7b), prompted by enrich's caption question, greedy, 50 new tokens. It writes either a short base-model
line ("a woman wearing a pink top and white jeans") or the DeepFashion template ("The lady wears a short-sleeve
T-shirt with pure color patterns ... The T-shirt is with cotton fabric"), the latter often saying "pure color"
where a hue belongs, inventing a wrist accessory or a belt, and, having no end token, running to the limit: cut
mid-phrase, looping, or continuing into a new "Question: ... Answer: ..." turn. The open answers (wearing,
describe, details, material, and the open color questions) are spans that mdeberta-v3-base-squad2 extracted from
that caption, so they inherit its errors and add their own: the wrong color span (the jeans' color for the top),
a span from the leaked turn, the empty answer (SQuAD2 no-answer), a span that is only the question's words. The
closed answers (garment type, color, pattern, sleeve length, "Is this a ...?") come from enrich's reference engine,
one candidate value each; its errors are the second garment's color and wrong types or sleeves.

Labeling conventions and judgement calls:
- One label per text, the most salient. A caption that ran to the 50-token limit is hit_limit=True and labelled cut
  (or loop when it repeats, leak when it runs into a Question/Answer turn), even if its last words end a clause.
- A color that belongs to another worn garment (jeans, tee, jacket, sneakers, leggings) is other_garment_color; a
  wrong color that belongs to nothing worn, a print's dot color, a wrong hue name (brown for rust), a wrong garment
  type, wrong sleeves, or "yes" to the wrong garment is contradiction.
- A shirt dress answered as "a long-sleeve shirt" is contradiction (the seller's Dresses), and so are a jacket's
  type or sleeves given for the slip dress under it.
- Synonyms accepted as correct: shirt for a shirt-style or button top, blouse for a tie-neck top, pink for magenta,
  purple for lavender or mauve, white for cream or off-white, beige for khaki, maroon for burgundy, blue for
  turquoise, grey for charcoal, denim for chambray. A two-color print described by both colors is correct.
- Material: a fabric the photo supports (cotton on a matte tee-jersey top the seller calls cotton, chiffon on a sheer
  tiered skirt, lace, velvet, knit) is correct. Another garment's fabric given for the product is contradiction when
  the caption names the product's own fabric otherwise, unsupported when it names none; a fabric the title contradicts
  is unsupported (the caption invented it).
- Extractive spans that name no color or material ("pure color", "blue jeans", "holding a straw hat", "") are
  non_answer; a one-word answer to an open describe question is non_answer; a span that is only the question's
  words ("The skirt", "The lady wears", a leaked "what is the woman wearing?") is restated.
- A span copied from a leaked "Answer: ..." that keeps the word "Answer:" is leak; a correct value extracted from a
  leaked turn without it ("purple") is judged on its value.
- Pronoun: he/his/man/boy/gentleman for a Women or Girls product is pronoun, even where the rest of the text is right.
- A terse but right span ("a red skirt", "embroidered", "polka dot") is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_972 = [
    # photo: navy blue top with a small white floral print, short flutter sleeves, round neck, no pocket, white
    # jeans, white backdrop, front view. Caption adapter (invents a chest pocket); answers extracted by mdeberta;
    # closed answers by the reference engine.
    case(
        "X972-001",
        caption(
            "a woman wearing a navy blue top with white floral print and white jeans. The top is with short "
            "sleeves, a round neckline and a pocket on the chest.",
            "unsupported",
        ),
        wearing("a navy blue top with white floral print and white jeans", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a navy blue top with white floral print"),
        details("top", "short sleeves, a round neckline and a pocket on the chest", "unsupported"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        title="Tokyo Talkies Women Navy Blue Printed Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black knee-length sleeveless sheath dress in matte cotton-blend, black heels, no jewellery, white
    # backdrop, front view. Caption adapter (template, invents a wrist accessory); mdeberta spans; reference closed.
    case(
        "X972-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("The lady wears", "restated", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        Q.material("cotton"),
        Q.color("black"),
        Q.garment_type("dress"),
        title="Vero Moda Women Black Solid Cotton Blend Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: red knee-length A-line skirt, white sleeveless top tucked in, nude heels, white backdrop, front view.
    # Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-003",
        caption("a woman wearing a white top and a red skirt"),
        wearing("a white top and a red skirt", who="the woman"),
        color_of("skirt", "white", "other_garment_color", kind="open"),
        describe("skirt", "a red skirt"),
        details("skirt", "", "non_answer"),
        Q.color("red"),
        is_a("skirt", "yes"),
        title="Mango Women Red Solid A-Line Skirt",
        category="Skirts",
        color="Red",
        gender="Women",
    ),
    # photo: white pure-cotton short-sleeve top with a lace trim at the hem, half tucked into mid-blue skinny jeans,
    # white backdrop, front view. Caption adapter template, ran to the limit; mdeberta spans; reference closed.
    case(
        "X972-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long denim pants. The shirt is "
            "with cotton fabric and its neckline is round. The pants are with denim fabric and solid color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long denim pants", who="she"),
        describe("shirt", "a short-sleeve shirt with pure color patterns"),
        details("shirt", "its neckline is round"),
        Q.material("cotton"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("top"),
        title="Roadster Women White Solid Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: maroon fit-and-flare dress, small pink and white flowers, three-quarter sleeves, v-neck, self-fabric
    # belt, white backdrop, front view. Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-005",
        caption(
            "a woman in a maroon floral dress with three-quarter sleeves and a v-neck, standing against a white "
            "background"
        ),
        wearing("a maroon floral dress"),
        details("dress", "three-quarter sleeves and a v-neck"),
        Q.material("a maroon floral dress", "non_answer"),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Athena Women Maroon Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink sleeveless peplum top, black skinny trousers, white backdrop, front view. Caption adapter looped to
    # the limit; mdeberta took a span of the loop; reference closed.
    case(
        "X972-006",
        caption(
            "a woman wearing a pink peplum top and black pants, pink peplum top and black pants, pink peplum top "
            "and black pants, pink peplum top and black pants, pink peplum top and black",
            "loop",
            hit_limit=True,
        ),
        wearing(
            "a pink peplum top and black pants, pink peplum top and black pants, pink peplum top and black pants",
            "loop",
            who="she",
        ),
        color_of("top", "pink", kind="open"),
        describe("top", "a pink peplum top"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral", "contradiction"),
        Q.color("black", "other_garment_color"),
        is_a("top", "yes"),
        title="SASSAFRAS Women Pink Solid Peplum Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: black accordion-pleated midi skirt in sheer chiffon-like polyester, plain white short-sleeve tee tucked
    # in, white sneakers, white backdrop, front view. Caption adapter template; mdeberta spans; reference closed.
    case(
        "X972-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with pleated "
            "patterns. The T-shirt is with cotton fabric. The skirt is with chiffon fabric."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long skirt", who="she"),
        describe("skirt", "a long skirt with pleated patterns"),
        Q.material("cotton", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("skirt"),
        title="DressBerry Women Black Pleated Midi Skirt",
        category="Skirts",
        color="Black",
        gender="Women",
    ),
    # photo: mustard yellow long-sleeve top with a bow tie at the neck, plain cuffs, black trousers, white backdrop,
    # front view. Caption adapter (short line, invents gold cuff buttons); mdeberta spans; reference closed.
    case(
        "X972-008",
        caption(
            "a woman wearing a yellow blouse with a bow tie at the neck and black pants with gold buttons on the cuffs",
            "unsupported",
        ),
        wearing("a yellow blouse with a bow tie at the neck and black pants", who="the woman"),
        color_of("blouse", "yellow", kind="open"),
        details("blouse", "gold buttons on the cuffs", "unsupported"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        title="Harpa Women Mustard Yellow Solid Top",
        category="Tops",
        color="Mustard",
        gender="Women",
    ),
    # photo: olive green pure-cotton shirt dress, collar, button placket, long sleeves rolled up, fabric tie belt at
    # the waist, knee length, white backdrop, front view. Caption adapter template (calls the woman a gentleman, the
    # dress a shirt); mdeberta spans; reference closed.
    case(
        "X972-009",
        caption(
            "The gentleman is wearing a long-sleeve shirt with solid color patterns. The shirt is with cotton "
            "fabric and it has a lapel neckline. There is a belt around his waist.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with solid color patterns", "contradiction", who="she"),
        details("dress", "a belt around his waist", "pronoun"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        Q.color("olive"),
        is_a("dress", "yes"),
        title="Roadster Women Olive Green Pure Cotton Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: peach sleeveless top with tiers of ruffles down the front, light blue jeans, white backdrop, front view.
    # Caption adapter ran on into a Question/Answer turn; mdeberta spans (one from the leaked turn); reference closed.
    case(
        "X972-010",
        caption(
            "a woman wearing a peach top with ruffles and blue jeans Question: what is the woman wearing? "
            "Answer: a peach top",
            "leak",
        ),
        wearing("a peach top with ruffles and blue jeans"),
        color_of("top", "peach", kind="open"),
        describe("top", "Answer: a peach top", "leak"),
        Q.material("blue jeans", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        Q.color("blue", "other_garment_color"),
        title="ONLY Women Peach-Coloured Ruffled Top",
        category="Tops",
        color="Peach",
        gender="Women",
    ),
    # photo: mid-blue denim A-line mini skirt with a button front, grey melange tee tucked in, white backdrop, front
    # view cropped at the knees. Caption adapter template, cut at the limit; mdeberta spans; reference closed.
    case(
        "X972-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short denim skirt. The T-shirt "
            "is with cotton fabric and its neckline is round. The skirt is with denim fabric and pure color "
            "patterns. The lady also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a short denim skirt", who="she"),
        describe("skirt", "The skirt", "restated"),
        details("skirt", "denim fabric and pure color patterns"),
        Q.material("denim"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("jeans", "contradiction"),
        is_a("skirt", "yes"),
        title="Roadster Women Blue Denim A-Line Mini Skirt",
        category="Skirts",
        color="Blue",
        gender="Women",
    ),
    # photo: black top with a lace yoke and sheer lace three-quarter sleeves, white midi skirt, white backdrop, front
    # view. Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-012",
        caption("a woman wearing a black lace top and a white skirt"),
        wearing("a black lace top and a white skirt", who="she"),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a black lace top"),
        Q.material("lace"),
        Q.sleeve_length("three-quarter sleeves"),
        is_a("skirt", "yes", "contradiction"),
        title="Vero Moda Women Black Lace Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: navy blue A-line dress with white polka dots, short puff sleeves, white peter pan collar, knee length,
    # hands on hips, white backdrop, front view. Caption adapter ran on to the limit; mdeberta spans; reference.
    case(
        "X972-013",
        caption(
            "a woman in a blue and white polka dot dress with a white collar and short puff sleeves, standing with "
            "her hands on her hips and her feet apart in front of a white",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue and white polka dot dress", who="the woman"),
        describe("dress", "blue and white polka dot dress"),
        details("dress", "polka dot"),
        Q.color("white", "contradiction"),
        Q.pattern("polka dots"),
        Q.sleeve_length("short sleeves"),
        title="Harpa Women Navy Blue Polka Dot A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: lavender off-shoulder bardot top with a smocked band and short sleeves, white jeans, white backdrop,
    # front view. Caption adapter ran into a Question/Answer turn; mdeberta spans; reference closed.
    case(
        "X972-014",
        caption(
            "a woman wearing a lavender off the shoulder top and white jeans. Question: what is the color of the "
            "top? Answer: purple",
            "leak",
        ),
        wearing("a lavender off the shoulder top and white jeans", who="she"),
        color_of("top", "purple", kind="open"),
        describe("top", "what is the color of the top?", "restated"),
        Q.sleeve_length("sleeveless", "contradiction"),
        is_a("top", "yes"),
        title="MANGO Women Lavender Off-Shoulder Bardot Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: ankle-length tiered maxi skirt, ethnic block print in orange, blue and green on cream, elasticated waist
    # with no drawstring, plain white tank top, white backdrop, front view. Caption adapter (short line, invents a
    # drawstring); mdeberta spans; reference closed.
    case(
        "X972-015",
        caption(
            "a woman wearing a white tank top and a colorful printed maxi skirt with a drawstring waist", "unsupported"
        ),
        wearing("a white tank top and a colorful printed maxi skirt"),
        describe("skirt", "a colorful printed maxi skirt with a drawstring waist", "unsupported"),
        Q.material("", "non_answer"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        is_a("dress", "yes", "contradiction"),
        title="Global Desi Women Multicoloured Printed Tiered Maxi Skirt",
        category="Skirts",
        color="Multi",
        gender="Women",
    ),
    # photo: teal and white horizontal-striped long-sleeve cotton top, boat neck, light blue denim shorts, white
    # backdrop, front view. Caption adapter template, cut at the limit; mdeberta spans; reference closed.
    case(
        "X972-016",
        caption(
            "The lady wears a long-sleeve top with striped patterns and a denim shorts. The top is with cotton "
            "fabric and its neckline is crew. The shorts are with denim fabric and pure color patterns. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve top with striped patterns and a denim shorts", who="she"),
        details("top", "its neckline is crew"),
        Q.material("denim", "contradiction"),
        Q.color("teal"),
        Q.pattern("striped"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Teal Blue Striped Top",
        category="Tops",
        color="Teal",
        gender="Women",
    ),
    # photo: red sleeveless bodycon mini dress, square neck, no zip at the front, black heels, white backdrop, front
    # view. Caption adapter (short line, invents a front zipper); mdeberta spans; reference closed.
    case(
        "X972-017",
        caption("a woman in a red dress with a zipper on the front posing for a photo", "unsupported"),
        wearing("a red dress"),
        describe("dress", "red", "non_answer"),
        details("dress", "a zipper on the front", "unsupported"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        title="Besiva Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: cream crochet-knit short-sleeve top over a nude camisole, round neck, light-wash jeans, white backdrop,
    # front view. Caption adapter template; mdeberta spans; reference closed.
    case(
        "X972-018",
        caption(
            "The lady wears a short-sleeve top with lattice patterns. The top is with knitting fabric and its "
            "neckline is round. The lady wears a long denim pants."
        ),
        wearing("a short-sleeve top with lattice patterns", who="she"),
        details("top", "its neckline is round"),
        Q.material("knitting fabric"),
        Q.color("white"),
        is_a("sweater", "yes", "contradiction"),
        title="Berrylush Women Cream-Coloured Crochet Top",
        category="Tops",
        color="Cream",
        gender="Women",
    ),
    # photo: khaki knee-length pencil skirt, black fitted long-sleeve top tucked in, black belt, white backdrop,
    # front view. Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-019",
        caption("a woman wearing a black top and a beige skirt with a black belt"),
        wearing("a black top and a beige skirt with a black belt", who="the woman"),
        color_of("skirt", "beige", kind="open"),
        describe("skirt", "a beige skirt with a black belt"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("skirt"),
        Q.pattern("checked", "contradiction"),
        title="Marks & Spencer Women Khaki Pencil Skirt",
        category="Skirts",
        color="Khaki",
        gender="Women",
    ),
    # photo: back view of a woman in a grey melange sleeveless racerback top and black leggings, white backdrop.
    # Caption adapter (short line, says man); mdeberta spans; reference closed.
    case(
        "X972-020",
        caption("the back of a man wearing a grey tank top and black leggings", "pronoun"),
        wearing("a grey tank top and black leggings", who="she"),
        color_of("tank top", "black", "other_garment_color", kind="open"),
        describe("tank top", "grey tank top"),
        Q.sleeve_length("sleeveless"),
        is_a("t-shirt", "no"),
        Q.color("white", "contradiction"),
        title="Puma Women Grey Melange Racerback Active Top",
        category="Tops",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: yellow strappy midi sundress with white and green flowers, woman smiling, hair down, holding a straw hat
    # in one hand, other hand on her hip, white backdrop, front view. Caption adapter ran on to the limit; mdeberta
    # spans; reference closed.
    case(
        "X972-021",
        caption(
            "a woman in a yellow floral dress holding a straw hat in her hand and smiling at the camera with her "
            "hair down and her other hand on her hip and her legs crossed at the ankles and her",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow floral dress", who="she"),
        details("dress", "holding a straw hat", "non_answer"),
        Q.material("straw", "unsupported"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        title="Sera Women Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: emerald green satin wrap top, long balloon sleeves, tie at the waist, black trousers, white backdrop,
    # front view. Caption adapter ran into a Question/Answer turn; mdeberta took the leaked answer; reference closed.
    case(
        "X972-022",
        caption(
            "a woman wearing a green wrap top with long sleeves Question: what color are the pants? Answer: black",
            "leak",
        ),
        wearing("a green wrap top with long sleeves", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        describe("top", "a green wrap top with long sleeves"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        title="Tokyo Talkies Women Green Solid Wrap Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: pink knee-length skater skirt, plain white crew-neck tee tucked in, no bracelet or watch, white
    # backdrop, front view. Caption adapter template (invents a graphic and an accessory); mdeberta; reference.
    case(
        "X972-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a short skirt with pure color "
            "patterns. The T-shirt is with cotton fabric and its neckline is round. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a short skirt", "unsupported", who="she"),
        describe("skirt", "a short skirt with pure color patterns"),
        Q.material("cotton", "unsupported"),
        Q.color("pink"),
        is_a("skirt", "yes"),
        title="Femella Women Pink Solid Flared Skirt",
        category="Skirts",
        color="Pink",
        gender="Women",
    ),
    # photo: magenta kaftan top with gold foil print at the neckline, flared three-quarter sleeves, white palazzos,
    # white backdrop, front view. Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-024",
        caption("a woman wearing a pink kaftan top with gold print and white pants"),
        wearing("a pink kaftan top with gold print and white pants", who="she"),
        color_of("kaftan top", "pink", kind="open"),
        details("top", "gold print"),
        Q.pattern("printed"),
        Q.garment_type("kurta", "contradiction"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.color("white", "other_garment_color"),
        title="Sassafras Women Magenta Foil Print Kaftan Top",
        category="Tops",
        color="Magenta",
        gender="Women",
    ),
    # photo: white lace skater dress, short sleeves, round neck, nude heels, white backdrop (low contrast), front
    # view. Caption adapter looped to the limit; mdeberta took a span of the loop; reference closed.
    case(
        "X972-025",
        caption(
            "a woman in a white lace dress with a white lace dress with a white lace dress with a white lace "
            "dress with a white lace dress with a white lace dress with a white",
            "loop",
            hit_limit=True,
        ),
        wearing("a white lace dress with a white lace dress with a white lace dress", "loop", who="she"),
        describe("dress", "white lace dress"),
        Q.material("lace"),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        title="Faballey Women White Lace Skater Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: burgundy velvet long-sleeve top with a square neck, black jeans, white backdrop, front view. Caption
    # adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-026",
        caption("a woman wearing a maroon velvet top and black jeans"),
        wearing("a maroon velvet top and black jeans", who="she"),
        color_of("top", "black", "other_garment_color", kind="open"),
        Q.material("velvet"),
        Q.color("maroon"),
        Q.sleeve_length("long sleeves"),
        is_a("top", "yes"),
        title="Athena Women Burgundy Velvet Top",
        category="Tops",
        color="Burgundy",
        gender="Women",
    ),
    # photo: grey tiered midi skirt in light georgette, black sleeveless bodysuit top, white backdrop, front view.
    # Caption adapter template, started over and ran to the limit; mdeberta spans; reference closed.
    case(
        "X972-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt with pure color "
            "patterns. The tank top is with cotton fabric. The skirt is with chiffon fabric. The lady wears a "
            "sleeveless tank top with pure color patterns and a",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", who="she"),
        describe("skirt", "a long skirt with pure color patterns"),
        details("skirt", "The skirt", "restated"),
        Q.material("chiffon"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        title="ONLY Women Grey Tiered Midi Skirt",
        category="Skirts",
        color="Grey",
        gender="Women",
    ),
    # photo: off-white cotton top with blue thread embroidery on the yoke, no tassels, three-quarter sleeves, dark
    # blue jeans, white backdrop, front view. Caption adapter (short line, invents tassels); mdeberta; reference.
    case(
        "X972-028",
        caption("a woman wearing a white embroidered top with tassels and blue jeans", "unsupported"),
        wearing("a white embroidered top with tassels and blue jeans", "unsupported", who="the woman"),
        color_of("top", "white", kind="open"),
        details("top", "embroidered"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Anouk Women Off-White Embroidered Top",
        category="Tops",
        color="Off White",
        gender="Women",
    ),
    # photo: turquoise sleeveless maxi dress with a white geometric print, tie waist, no slit, white backdrop, front
    # view. Caption adapter (short line, invents a side slit); mdeberta spans; reference closed.
    case(
        "X972-029",
        caption("a woman in a blue printed maxi dress with a slit on the side", "unsupported"),
        wearing("a blue printed maxi dress", who="she"),
        details("dress", "a slit on the side", "unsupported"),
        Q.color("blue"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless"),
        Q.material("", "non_answer"),
        title="Global Desi Women Turquoise Blue Printed Maxi Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: orange short-sleeve top knotted at the hem, white jeans, white backdrop, front view. Caption adapter ran
    # into a Question/Answer turn; mdeberta spans; reference closed.
    case(
        "X972-030",
        caption(
            "a woman wearing an orange top and white jeans with a knot at the waist Question: what is the color of "
            "the jeans? Answer: white",
            "leak",
        ),
        wearing("an orange top and white jeans", who="she"),
        color_of("top", "orange", kind="open"),
        details("top", "a knot at the waist"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("striped", "contradiction"),
        title="Harpa Women Orange Solid Tie-Up Top",
        category="Tops",
        color="Orange",
        gender="Women",
    ),
    # photo: navy blue midi A-line skirt with white polka dots, baby pink short-sleeve top tucked in, white backdrop,
    # front view. Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-031",
        caption("a woman wearing a pink top and a blue polka dot skirt"),
        wearing("a pink top", who="she"),
        color_of("skirt", "blue", kind="open"),
        describe("skirt", "a blue polka dot skirt"),
        Q.color("pink", "other_garment_color"),
        Q.pattern("polka dots"),
        is_a("top", "yes", "contradiction"),
        title="Harpa Women Navy Blue Polka Dot Midi Skirt",
        category="Skirts",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white pure-cotton top with navy horizontal stripes, boat neck, long sleeves, red trousers, white
    # backdrop, front view. Caption adapter template (his pants); mdeberta spans; reference closed.
    case(
        "X972-032",
        caption(
            "The lady wears a long-sleeve top with striped patterns and a long pants. The top is with cotton "
            "fabric and its neckline is boat. His pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve top with striped patterns and a long pants", who="she"),
        details("top", "its neckline is boat"),
        Q.material("cotton"),
        Q.color("red", "other_garment_color"),
        Q.pattern("striped"),
        title="Marks & Spencer Women White & Navy Striped Pure Cotton Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: dusty pink tiered chiffon maxi dress, flutter short sleeves, v-neck, white backdrop, front view. Caption
    # adapter template, started over and ran to the limit; mdeberta spans; reference closed.
    case(
        "X972-033",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and "
            "it has a v-shape neckline. The dress is long. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is with chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        describe("dress", "The dress", "restated"),
        details("dress", "it has a v-shape neckline"),
        Q.material("chiffon"),
        Q.color("pink"),
        is_a("dress", "yes"),
        title="Athena Women Pink Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: rust orange shirt-style top, collar, button front, long sleeves rolled up, off-white trousers, white
    # backdrop, front view. Caption adapter (short line, calls rust brown); mdeberta spans; reference closed.
    case(
        "X972-034",
        caption("a woman wearing a brown shirt and white pants", "contradiction"),
        wearing("a brown shirt and white pants", "contradiction", who="she"),
        color_of("shirt", "brown", "contradiction", kind="open"),
        details("shirt", "white pants", "non_answer"),
        Q.color("orange"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long sleeves"),
        title="Mango Women Rust Orange Solid Shirt-Style Top",
        category="Tops",
        color="Rust",
        gender="Women",
    ),
    # photo: olive green cotton button-front midi skirt with side pockets, plain white tee tucked in, white backdrop,
    # front view. Caption adapter template, cut at the limit; mdeberta spans; reference closed.
    case(
        "X972-035",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with pure color "
            "patterns. The T-shirt is with cotton fabric. The skirt is with cotton fabric and it has",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long skirt", who="she"),
        color_of("skirt", "pure color", "non_answer", kind="open"),
        details("skirt", "it has", "cut"),
        Q.material("cotton"),
        Q.color("green"),
        is_a("skirt", "yes"),
        title="Roadster Women Olive Green Cotton Button-Front Midi Skirt",
        category="Skirts",
        color="Olive",
        gender="Women",
    ),
    # photo: light blue chambray sleeveless top with a front button placket, white shorts, white backdrop, front
    # view. Caption adapter (short line); mdeberta spans; reference closed.
    case(
        "X972-036",
        caption("a woman wearing a blue denim shirt and white shorts"),
        wearing("a blue denim shirt and white shorts", who="she"),
        describe("shirt", "a blue denim shirt"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.material("denim"),
        Q.color("blue"),
        Q.garment_type("top"),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.pattern("checked", "contradiction"),
        title="Roadster Women Blue Chambray Sleeveless Top",
        category="Tops",
        color="Blue",
    ),
    # photo: black satin slip dress, midi, under an open light-blue denim jacket, white sneakers, white backdrop,
    # front view. Caption adapter (short line); mdeberta spans; reference closed (jacket taken for the product).
    case(
        "X972-037",
        caption("a woman wearing a blue denim jacket and a black dress"),
        wearing("a blue denim jacket and a black dress", who="she"),
        color_of("dress", "black", kind="open"),
        Q.material("denim", "unsupported"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="SASSAFRAS Women Black Solid Satin Slip Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: purple short-sleeve top with ruched sides, white denim shorts, white backdrop, front view. Caption
    # adapter (short line, says man); mdeberta spans; reference closed.
    case(
        "X972-038",
        caption("a man in a purple shirt and white shorts", "pronoun"),
        wearing("a purple shirt and white shorts"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        title="Vero Moda Women Purple Ruched Top",
        category="Tops",
        color="Purple",
        gender="Women",
    ),
    # photo: white cotton broderie anglaise mini skirt with a scalloped hem, navy sleeveless top, white backdrop,
    # front view. Caption adapter template (calls the woman a gentleman); mdeberta spans; reference closed.
    case(
        "X972-039",
        caption(
            "The gentleman wears a sleeveless tank top with pure color patterns and a short skirt with lattice "
            "patterns. The skirt is with cotton fabric and it has a scalloped hem.",
            "pronoun",
        ),
        wearing("a sleeveless tank top with pure color patterns and a short skirt with lattice patterns", who="she"),
        color_of("skirt", "pure color", "non_answer", kind="open"),
        details("skirt", "a scalloped hem"),
        Q.material("cotton"),
        Q.color("navy blue", "other_garment_color"),
        title="Vero Moda Women White Broderie Cotton Mini Skirt",
        category="Skirts",
        color="White",
        gender="Women",
    ),
    # photo: yellow short-sleeve top with a small black bird print, black jeans, hands in the jeans pockets, hair in a
    # ponytail, white backdrop, front view. Caption adapter ran on to the limit; mdeberta spans; reference closed.
    case(
        "X972-040",
        caption(
            "a woman wearing a yellow shirt with black birds on it and black jeans, she is standing in front of a "
            "white wall with her hands in her pockets and her hair is pulled back in a ponytail and she is",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow shirt with black birds on it and black jeans", who="she"),
        color_of("shirt", "yellow", kind="open"),
        describe("shirt", "a yellow shirt with black birds on it"),
        details("shirt", "black birds on it"),
        Q.color("black", "other_garment_color"),
        Q.pattern("printed"),
        is_a("top", "yes"),
        title="Tokyo Talkies Women Yellow Bird Print Top",
        category="Tops",
        color="Yellow",
        gender="Women",
    ),
    # photo: mauve polyester shift dress with a lace yoke, cap sleeves, knee length, no belt, white backdrop, front
    # view. Caption adapter template (invents a belt and cotton); mdeberta spans; reference closed.
    case(
        "X972-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. There is a belt around her waist.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        details("dress", "a belt around her waist", "unsupported"),
        Q.material("cotton", "unsupported"),
        Q.color("purple"),
        Q.sleeve_length("short sleeves"),
        title="AND Women Mauve Lace Yoke Polyester Shift Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: sea green sleeveless top with a keyhole neck, white trousers, white backdrop, front view. Caption adapter
    # ran into repeated Question/Answer turns to the limit; mdeberta spans from the leaked turns; reference closed.
    case(
        "X972-042",
        caption(
            "a woman in a green top and white pants Question: what is the woman wearing? Answer: a green top and "
            "white pants Question: what is the woman wearing? Answer: a green top and white pants Question",
            "leak",
            hit_limit=True,
        ),
        wearing("what is the woman wearing?", "restated", who="she"),
        describe("top", "a green top"),
        details("top", "Answer: a green top and white pants", "leak"),
        Q.color("green"),
        Q.sleeve_length("sleeveless"),
        title="Harpa Women Sea Green Sleeveless Keyhole Top",
        category="Tops",
        color="Sea Green",
        gender="Women",
    ),
    # photo: young girl in a pink fit-and-flare dress with one large unicorn print, short sleeves, white backdrop,
    # front view. Caption adapter looped to the limit; mdeberta took a span of the loop; reference closed.
    case(
        "X972-043",
        caption(
            "a little girl in a pink dress with a unicorn on it and a unicorn on it and a unicorn on it and a "
            "unicorn on it and a unicorn on it and a unicorn on it and a unicorn",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress with a unicorn on it", who="she"),
        details("dress", "a unicorn on it and a unicorn on it and a unicorn on it", "loop"),
        Q.color("pink"),
        Q.pattern("printed"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Peppermint Girls Pink Unicorn Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: young girl in a multicoloured tropical-print top (green leaves, pink flamingos on white), yellow
    # shorts, white backdrop, front view. Caption adapter (short line, says boy); mdeberta spans; reference closed.
    case(
        "X972-044",
        caption("a young boy wearing a colorful shirt and yellow shorts", "pronoun"),
        wearing("a colorful shirt and yellow shorts"),
        describe("shirt", "colorful", "non_answer"),
        Q.color("yellow", "other_garment_color"),
        Q.garment_type("top"),
        Q.pattern("printed"),
        title="YK Girls Multicoloured Tropical Print Top",
        category="Tops",
        color="Multi",
        gender="Girls",
    ),
    # photo: maroon wrap midi skirt with a small white floral print and a side tie, black short-sleeve tee tucked in,
    # white backdrop, front view. Caption adapter template, cut at the limit; mdeberta spans; reference closed.
    case(
        "X972-045",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long skirt with floral "
            "patterns. The T-shirt is with cotton fabric. The skirt is with chiffon fabric and there is a belt",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long skirt with floral patterns", who="she"),
        details("skirt", "floral patterns"),
        Q.material("chiffon"),
        Q.color("black", "other_garment_color"),
        Q.pattern("floral"),
        is_a("dress", "no"),
        title="Sassafras Women Maroon Floral Print Wrap Midi Skirt",
        category="Skirts",
        color="Maroon",
        gender="Women",
    ),
    # photo: charcoal grey short-sleeve t-shirt dress, knee length, white sneakers, white backdrop, front view.
    # Caption adapter ran into a Question/Answer turn; mdeberta took the leaked answer; reference closed.
    case(
        "X972-046",
        caption(
            "a woman wearing a grey t-shirt dress and white sneakers Question: what is the color of the dress? "
            "Answer: white",
            "leak",
        ),
        wearing("a grey t-shirt dress and white sneakers"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        describe("dress", "a grey t-shirt dress"),
        Q.color("grey"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Roadster Women Charcoal Grey Solid T-shirt Dress",
        category="Dresses",
        color="Charcoal",
    ),
]
