"""BLIND_814 (46 products; Myntra dresses, frocks, jumpsuits; caption ep. 2): written blind in the fifty-fifth session.
Measured blind at 7bf5cc7 (the session's final rules): 125/136 failures found (91.9%) and 5/199 correct texts flagged
(2.5%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of girls' and women's dresses, frocks, dungarees and jumpsuits (seller columns title,
category, color, gender; a few rows lack one). Photos are catalog shots on a white or light backdrop, mostly worn by a
model (a child for the girls' rows), sometimes over a tee or under a jacket, shrug or coat, with shoes, bags, belts,
a teddy bear or a basket in frame; two kids' frocks are flat lays with no person at all.

Who wrote what: the caption adapter trained on DeepFashion-MultiModal template captions, stopped after epoch 2, wrote
every caption and every open answer (wearing, describe, details, material, open color questions), greedy, 50 new
tokens for captions and 30 for answers. It speaks the template ("The lady wears a sleeveless dress with floral
patterns. It has a V-shape neckline. There is an accessory on her wrist."), knows patterns rather than hues but at
epoch 2 still names hues the base model saw, calls a one-piece jumpsuit "a tank shirt and a long trousers", adds
fabrics, rings and hats, says "the gentleman"/"he" for short-haired women, and, trained with no end token, often
repeats itself or runs to the token limit. Some answers come back as the caption template whatever was asked; some
echo the `Question: ... Answer:` format. Closed answers (garment type, color, pattern, sleeve length, is-this-a)
come from enrich's reference engine picking one candidate: never loops or cuts, but sometimes the wrong candidate.

Labeling conventions and judgement calls:
- A shade inside the seller's color group is correct (peach called pink, rust called orange, maroon called red,
  indigo called navy blue, teal called blue, off white called cream); a hue outside it is a contradiction (lime green
  called yellow, rust called red, navy called black, mustard called orange, black houndstooth called grey).
- An open answer giving the product the color of another worn item (jacket, tee under a pinafore, tights, shoes, a
  belt, a bag or clutch) is other_garment_color. A closed answer doing the same, and an answer giving another garment
  the product's color (a white shrug called pink), are contradiction. A color taken from a prop (teddy bear, basket)
  is contradiction, not other_garment_color.
- Calling a one-piece dress or jumpsuit "a shirt and a skirt", "a tank shirt and trousers", "a T-shirt" or "a
  sweater", or a closed garment type/sleeve length/pattern that belongs to the layered garment, is contradiction.
- A material named in the title is the truth; another material, or one the photo cannot show and the title does not
  name, is unsupported. DeepFashion's "lattice" for checks and houndstooth, "other patterns" for polka dots and lace,
  "medium-sleeve" for three-quarter sleeves, "suspenders neckline" for spaghetti straps are accepted as correct.
- Accessories or details not in the photo (a ring, a hat held in the hand called worn, a back zip or bow on a front
  view, a person in a flat lay) are unsupported.
- A caption template returned to an open color question that names no hue at all is non_answer, as is a one-word
  answer ("jumpsuit", "green") or "yes" to an open question and a color given for the material question.
- An answer that only echoes the question ("describe the dress", "The dress is a dress.") is restated.
- A text that repeats a clause until the limit is loop (hit_limit); one that ends mid-sentence at the limit without
  repeating is cut (hit_limit). A text with two faults gets the one that dominates it: a looping or leaking text is
  loop or leak even when its words are also wrong; a wrong-pronoun text is pronoun even when it also says "shirt".
- "He", "his", "the gentleman", "the man" for a Women or Girls row is pronoun; "the lady" for a child is not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_814 = [
    # photo: woman in a navy blue knee-length fit-and-flare dress with a small white floral print, short sleeves,
    # round neck, nude heels, white backdrop, front view. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. It has a round neckline. The dress is of "
            "knee length."
        ),
        color_of("dress", "navy blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        describe(
            "dress",
            "The dress is a short-sleeve dress with floral patterns. The dress is a short-sleeve dress with floral "
            "patterns. The dress is a short-sleeve",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a navy blue dress with white flowers", who="the woman"),
        is_a("jumpsuit", "yes", failure="contradiction"),
        details("dress", "The dress has a belt at the waist and two pockets.", failure="unsupported"),
        title="Tokyo Talkies Women Navy Blue Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in a black sleeveless wide-leg crepe jumpsuit with a self tie belt, black heels, hand on hip, white
    # backdrop, front view. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-002",
        caption(
            "The female is wearing a sleeveless tank shirt with pure color patterns and a long trousers. The trousers "
            "are with cotton fabric and pure color patterns. There is an accessory in her waist.",
            failure="contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        is_a("jumpsuit", "yes"),
        wearing(
            "The female is wearing a sleeveless tank shirt with pure color patterns and a long trousers. The female "
            "is wearing a sleeveless tank shirt with",
            failure="loop",
            who="she",
            hit_limit=True,
        ),
        Q.material("The trousers are with cotton fabric.", failure="unsupported"),
        describe("jumpsuit", "a black jumpsuit with wide legs and a tie belt"),
        title="Sassafras Women Black Solid Crepe Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: girl of about six in a pink sleeveless fit-and-flare cotton dress with white polka dots, white hairband,
    # white sandals, white backdrop, front view. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-003",
        caption(
            "The person is wearing a sleeveless dress with other patterns. It has a round neckline. The person wears "
            "a hat.",
            failure="unsupported",
        ),
        color_of("dress", "pink"),
        Q.pattern("polka dots"),
        wearing("a pink dress", who="the girl"),
        details("dress", "The dress has polka dots, a round neckline and a flared skirt."),
        describe("dress", "pink", failure="non_answer"),
        Q.material("The dress is with cotton fabric."),
        title="Cherry Crumble Girls Pink Polka Dot Cotton Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a maroon long-sleeve knee-length bodycon dress with a square neck, gold hoop earrings, black
    # heels, light grey backdrop, three-quarter view. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. Its neckline is square. There is an "
            "accessory on her ear."
        ),
        color_of("dress", "maroon"),
        Q.sleeve_length("long sleeves"),
        wearing("The woman is wearing a red dress and black shoes.", who="the woman"),
        describe(
            "dress",
            "The dress is a long-sleeve dress with pure color patterns and a square neckline. The dress is of knee "
            "length and it is",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("The dress is with leather fabric.", failure="unsupported"),
        details(
            "dress",
            "Question: What are the dress details? Answer: square neckline, long sleeves",
            failure="leak",
        ),
        title="Athena Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: flat lay, no person: a yellow cotton A-line frock with a small white and blue floral print, short puff
    # sleeves, a white Peter Pan collar, on a white backdrop. Caption adapter: caption and open answers; reference:
    # closed answers.
    case(
        "X814-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        details("frock", "The frock has puff sleeves, a white collar and small flowers."),
        describe("frock", "a yellow frock with flowers"),
        Q.sleeve_length("sleeveless", failure="contradiction"),
        title="Gini and Jony Girls Yellow Printed A-Line Frock",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in an olive green knee-length shirt dress with roll-up sleeves, a button placket, a fabric belt and
    # two chest pockets, brown ankle boots, white backdrop. Caption adapter: caption and open answers; reference:
    # closed answers.
    case(
        "X814-006",
        caption(
            "This woman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The woman wears a short skirt. The skirt is with cotton fabric and its",
            failure="cut",
            hit_limit=True,
        ),
        color_of("dress", "olive"),
        Q.garment_type("shirt", failure="contradiction"),
        wearing("She is wearing a green shirt dress with a belt.", who="she"),
        describe("dress", "The dress is brown.", failure="other_garment_color"),
        Q.pattern("solid"),
        details(
            "dress",
            "The dress has a collar, buttons down the front, roll-up sleeves with button tabs, a self belt and two "
            "chest pockets with",
            failure="cut",
            hit_limit=True,
        ),
        title="Harpa Women Olive Green Shirt Dress",
        category="Dresses",
        color="Olive",
        gender="Women",
    ),
    # photo: woman in a mid-blue washed denim jumpsuit with a collar, short sleeves, buttons down the front and
    # cropped legs, white sneakers, white backdrop. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-007",
        caption(
            "The woman is wearing a short-sleeve jumpsuit with denim fabric and pure color patterns. It has a lapel "
            "neckline."
        ),
        Q.material("denim"),
        Q.color("blue"),
        color_of("shoes", "blue", failure="contradiction", kind="open"),
        wearing(
            "a denim jumpsuit. Question: What color are her shoes? Answer: white",
            failure="leak",
            who="the woman",
        ),
        details("jumpsuit", "The jumpsuit has a collar, short sleeves, buttons down the front and cropped legs."),
        is_a("jumpsuit", "yes"),
        title="Roadster Women Blue Washed Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: woman in a white sleeveless above-knee shift dress with white self embroidery at the hem, a light blue
    # denim jacket worn open over it, a watch, tan sandals, white backdrop. Caption adapter: caption and open answers;
    # reference engine: closed answers.
    case(
        "X814-008",
        caption(
            "The lady is wearing a long-sleeve denim jacket with pure color patterns. The lady wears a short dress "
            "with other patterns. There is an accessory on her wrist."
        ),
        color_of("dress", "blue", failure="other_garment_color", kind="open"),
        Q.color("white"),
        wearing("a white dress and a denim jacket", who="the woman"),
        describe("dress", "The dress is white with embroidery at the hem."),
        is_a("dress", "yes"),
        Q.garment_type("jacket", failure="contradiction"),
        details("dress", "The details of the dress are the details.", failure="restated"),
        title="AND Women White Embroidered Shift Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # photo: girl in a red and black tartan check pinafore dress over a white long-sleeve T-shirt, black tights, black
    # shoes, white backdrop, front view. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-009",
        caption(
            "This lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. She "
            "wears a short dress with lattice patterns."
        ),
        color_of("dress", "white", failure="other_garment_color", kind="open"),
        Q.pattern("checked"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        wearing("a red and black checked dress over a white top with black tights", who="the girl"),
        details(
            "dress",
            "The dress has wide straps, a square neckline, two front pockets and a pleated skirt. The T-shirt has long "
            "sleeves and a round neckline. The tights are",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("white", failure="contradiction"),
        title="Hopscotch Girls Red & Black Checked Pinafore Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in an ankle-length maxi dress with an orange, pink and teal paisley print, three-quarter sleeves, a
    # V neck, gold jhumka earrings, no rings, white backdrop. Caption adapter: caption and open answers; reference:
    # closed answers.
    case(
        "X814-010",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. It has a V-shape neckline. The dress is of "
            "long length. There is an accessory on her ear. There is a ring on her finger.",
            failure="unsupported",
        ),
        Q.color("multicolor"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter sleeves"),
        wearing(
            "The lady wears a medium-sleeve dress with floral patterns. It has a V-shape neckline. The dress is of "
            "long length. The lady wears a medium-sleeve dress with floral patterns",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        describe("dress", "a long printed dress with orange, pink and teal paisley"),
        details("dress", "the details of the dress", failure="restated"),
        title="Sangria Women Multicoloured Printed Maxi Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: woman with short cropped hair in an olive long-sleeve utility jumpsuit with flap chest pockets and a
    # drawstring waist, white sneakers, white backdrop. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-011",
        caption(
            "This man wears a long-sleeve jumpsuit with pure color patterns. It has a lapel neckline.",
            failure="pronoun",
        ),
        color_of("jumpsuit", "olive"),
        Q.garment_type("jumpsuit"),
        wearing("He is wearing a green jumpsuit.", failure="pronoun", who="she"),
        details("jumpsuit", "The jumpsuit has two chest pockets with flaps, a drawstring waist and long sleeves."),
        color_of("shoes", "white", kind="open"),
        Q.material("The jumpsuit is with denim fabric.", failure="unsupported"),
        title="HERE&NOW Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: girl in a lavender party dress with a sequinned bodice, cap sleeves and a layered tulle skirt, a silver
    # hair clip, silver shoes, white backdrop. Caption adapter: caption and open answers; reference: closed answers.
    case(
        "X814-012",
        caption("The girl wears a short-sleeve dress with pure color patterns. There is an accessory on her head."),
        Q.color("purple"),
        color_of(
            "dress",
            "The dress is pink and it has a pink and white pink and white pink and white pink and white pink and white",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "The dress is a dress.", failure="restated"),
        Q.material("The dress is with denim fabric.", failure="unsupported"),
        is_a("jumpsuit", "no"),
        title="Peppermint Girls Lavender Tulle Party Dress",
        category="Dresses",
        color="Lavender",
        gender="Girls",
    ),
    # photo: woman in a black sleeveless knee-length sheath dress, round neck, a silver pendant necklace, black heels,
    # white backdrop, front view only. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-013",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. It has a round neckline. There is an "
            "accessory on her neck."
        ),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        wearing("a black dress", who="the woman"),
        details("dress", "The dress has a zip at the back and a slit at the back hem.", failure="unsupported"),
        Q.material("black", failure="non_answer"),
        color_of(
            "dress",
            "The lady is wearing a sleeveless dress with pure color patterns. It has a round neckline.",
            failure="non_answer",
            kind="open",
        ),
        describe("dress", "The dress is silver.", failure="other_garment_color"),
        title="Vero Moda Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a blue and white vertical striped cotton A-line midi dress, short sleeves, round neck, a tie belt,
    # white sneakers, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-014",
        caption(
            "The woman wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory in her waist."
        ),
        Q.color("blue"),
        Q.pattern("striped"),
        color_of("dress", "the dress is blue and white striped", kind="open"),
        describe("dress", "describe the dress", failure="restated"),
        details("dress", "The dress has stripes, short sleeves, a tie belt at the waist and a round neck."),
        Q.sleeve_length("short sleeves"),
        title="Mast & Harbour Women Blue & White Striped Cotton A-Line Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: girl in a navy blue sleeveless culotte jumpsuit with small white daisies, pink canvas shoes, white
    # backdrop, front view. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-015",
        caption(
            "The person wears a sleeveless tank top with floral patterns and a three-point pants. The pants are with "
            "floral patterns.",
            failure="contradiction",
        ),
        Q.garment_type("jumpsuit"),
        Q.color("navy blue"),
        color_of("jumpsuit", "pink", failure="other_garment_color", kind="open"),
        wearing("she is wearing a navy blue jumpsuit with white flowers and pink shoes", who="the girl"),
        is_a("dress", "yes", failure="contradiction"),
        describe("jumpsuit", "The jumpsuit is a jumpsuit.", failure="restated"),
        title="YK Girls Navy Blue Floral Print Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: woman in a peach georgette wrap midi dress with flutter sleeves, a V neck and a side tie, nude heels,
    # white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. It has a V-shape neckline. The dress is "
            "with chiffon fabric and its neckline is V-shape. The dress is with chiffon fabric and its neckline",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("peach"),
        Q.sleeve_length("short sleeves"),
        wearing("a pink dress", who="the woman"),
        describe("dress", "The dress is a wrap dress with a V-neck, flutter sleeves and a tie at the waist."),
        Q.material("The dress is with knitted fabric.", failure="unsupported"),
        details("dress", "The dress has a belt and buttons down the front.", failure="unsupported"),
        title="Berrylush Women Peach Solid Georgette Wrap Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # photo: woman in a red sleeveless halter-neck fit-and-flare dress with white polka dots, a black belt, black
    # sandals, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-017",
        caption("The lady is wearing a sleeveless dress with other patterns. There is an accessory in her waist."),
        color_of("dress", "black", failure="other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("polka dots"),
        wearing(
            "Question: What is she wearing? Answer: She is wearing a red dress with white polka dots. Question: What "
            "is she wearing? Answer: She is",
            failure="leak",
            who="she",
            hit_limit=True,
        ),
        details("dress", "a halter neck, a black belt at the waist and white polka dots"),
        describe("dress", "red", failure="non_answer"),
        title="Rare Women Red Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: girl of about three in a white short-sleeve cotton frock with yellow flowers embroidered on the yoke,
    # pink shoes, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-018",
        caption("The girl is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric."),
        Q.color("white"),
        color_of("dress", "pink", failure="other_garment_color", kind="open"),
        Q.material("cotton"),
        wearing(
            "The girl is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. The girl "
            "is wearing a short-sleeve dress with floral patterns. The dress is",
            failure="loop",
            who="the girl",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        describe("frock", "a white frock with yellow flowers embroidered on the front"),
        title="Mothercare Girls White Embroidered Cotton Frock",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # photo: woman in a mustard yellow short-sleeve wide-leg jumpsuit with a small black geometric print and a black
    # belt, white backdrop, side view. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-019",
        caption(
            "The lady wears a short-sleeve jumpsuit with graphic patterns. There is an accessory in her waist. The "
            "lady wears a short-sleeve jumpsuit with graphic patterns. There is an accessory in her waist. The lady",
            failure="loop",
            hit_limit=True,
        ),
        Q.color("yellow"),
        Q.pattern("printed"),
        color_of("jumpsuit", "orange", failure="contradiction", kind="open"),
        wearing("jumpsuit", failure="non_answer", who="the woman"),
        details("jumpsuit", "The jumpsuit has short sleeves, a black belt, wide legs and a small black print."),
        Q.sleeve_length("short sleeves"),
        is_a("jumpsuit", "no", failure="contradiction"),
        title="Harpa Women Mustard Yellow Printed Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: woman in a grey melange knee-length cotton T-shirt dress, short sleeves, crew neck, a black crossbody bag,
    # white sneakers, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-020",
        caption(
            "The woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline.",
            failure="contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("grey"),
        color_of("dress", "black", failure="other_garment_color", kind="open"),
        wearing("a grey t-shirt dress and white sneakers with a black bag", who="the woman"),
        Q.material("cotton"),
        describe("dress", "Question: Describe the dress. Answer: a grey t-shirt dress", failure="leak"),
        details(
            "dress",
            "The dress has short sleeves, a crew neckline and a curved hem. The lady is carrying a black bag on her "
            "shoulder and she wears white",
            failure="cut",
            hit_limit=True,
        ),
        title="Only Women Grey Melange Solid Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: girl in a mid-blue denim pinafore dress with button straps and a front pocket over a yellow and white
    # striped short-sleeve T-shirt, white sneakers, white backdrop. Caption adapter: caption and open answers;
    # reference engine: closed answers.
    case(
        "X814-021",
        caption(
            "The girl wears a short-sleeve T-shirt with striped patterns and a short dress with denim fabric. The "
            "dress is with pure color patterns."
        ),
        color_of("dress", "yellow", failure="other_garment_color", kind="open"),
        Q.pattern("striped", failure="contradiction"),
        Q.material("denim"),
        wearing("a denim dress over a yellow and white striped t-shirt", who="the girl"),
        Q.sleeve_length("sleeveless"),
        details("dress", "The dress has two buttons on the straps and a front pocket"),
        describe(
            "dress",
            "Question: Describe the dress. Answer: The dress is a denim dress. Question: Describe the T-shirt. Answer: "
            "The",
            failure="leak",
            hit_limit=True,
        ),
        title="Pepe Jeans Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a pink sleeveless tiered maxi dress with a small white floral block print, a white crochet shrug
    # with long sleeves worn open over it, brown sandals, white backdrop. Caption adapter: caption and open answers;
    # reference engine: closed answers.
    case(
        "X814-022",
        caption(
            "The lady wears a long-sleeve cardigan with pure color patterns. The lady wears a long dress with floral "
            "patterns."
        ),
        Q.color("pink"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        color_of("shrug", "pink", failure="contradiction", kind="open"),
        describe(
            "dress",
            "The dress is a long dress with floral patterns. It has a V-shape neckline. The dress is of long length "
            "and its fabric is cotton and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a pink maxi dress with a white shrug", who="she"),
        is_a("dress", "yes"),
        color_of("dress", "white", failure="other_garment_color", kind="open"),
        title="Global Desi Women Pink Printed Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: woman in a black and white houndstooth long-sleeve bodycon mini dress, round neck, black tights, black
    # ankle boots, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-023",
        caption("The female wears a long-sleeve dress with lattice patterns. Its neckline is round."),
        Q.color("black"),
        Q.pattern("checked"),
        color_of("dress", "grey", failure="contradiction", kind="open"),
        wearing("The woman is wearing a long-sleeve dress with lattice patterns and black tights.", who="the woman"),
        Q.material("leather", failure="unsupported"),
        details(
            "dress",
            "The dress is with lattice patterns and long sleeves and its neckline is round. The dress is with lattice "
            "patterns and long sleeves and",
            failure="loop",
            hit_limit=True,
        ),
        title="SASSAFRAS Women Black & White Houndstooth Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: girl in a sea green sleeveless skater dress with a bow at the waist, white sandals, holding a brown teddy
    # bear, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-024",
        caption("The girl is holding a teddy bear. She wears a sleeveless dress with pure color patterns."),
        Q.color("green"),
        color_of("dress", "brown", failure="contradiction", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The girl is holding a teddy bear. The girl is holding a teddy bear. The girl is holding a teddy bear. The "
            "girl is holding",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a green dress with a bow", who="the girl"),
        details("dress", "What are the dress details? The dress details are", failure="restated"),
        title="Allen Solly Junior Girls Sea Green Solid Skater Dress",
        category="Dresses",
        color="Sea Green",
        gender="Girls",
    ),
    # photo: woman in an off-white sleeveless linen jumpsuit with a V neck, a tie waist and wide legs, holding a straw
    # hat in her hand (not wearing it), tan sandals, white backdrop. Caption adapter: caption and open answers;
    # reference engine: closed answers.
    case(
        "X814-025",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. She is wearing a hat.",
            failure="unsupported",
        ),
        Q.color("white"),
        color_of("jumpsuit", "cream", kind="open"),
        Q.material("The jumpsuit is with cotton fabric.", failure="unsupported"),
        wearing("a white jumpsuit", who="the woman"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "V-neck, wide legs, no sleeves and a tie at the waist"),
        title="FOREVER 21 Women Off White Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="Off White",
        gender="Women",
    ),
    # photo: woman in a teal ankle-length flared ethnic dress with a gold foil print, three-quarter sleeves and a
    # mandarin collar, gold juttis, white backdrop. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-026",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. It has a stand "
            "neckline."
        ),
        Q.color("blue"),
        color_of("dress", "the dress is blue", kind="open"),
        Q.pattern("printed"),
        wearing(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is of long length. It has a stand "
            "neckline. The lady wears a medium-sleeve dress with graphic",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        details("dress", "What are the dress details?", failure="restated"),
        Q.material("silk", failure="unsupported"),
        title="Biba Women Teal Printed Flared Ethnic Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # photo: girl in an orange sleeveless three-tier dress with a white floral print, a white hairband, white sandals,
    # white backdrop, three-quarter view. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-027",
        caption("The girl wears a sleeveless dress with floral patterns. There is an accessory on her head."),
        Q.color("orange"),
        Q.pattern("floral"),
        describe(
            "dress",
            "The dress is a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a round "
            "neckline. The dress has three tiers and a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("He is wearing an orange dress with flowers.", failure="pronoun", who="the child"),
        is_a("dress", "yes"),
        color_of(
            "dress",
            "The girl wears a sleeveless dress with floral patterns. There is an accessory on her head.",
            failure="non_answer",
            kind="open",
        ),
        title="UTH by Roopa Pittie Girls Orange Floral Tiered Dress",
        category="Dresses",
        color="Orange",
        gender="Girls",
    ),
    # photo: woman in a beige ribbed-knit turtleneck sweater dress, long sleeves, knee length, brown knee-high boots,
    # white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a turtle neckline.",
            failure="contradiction",
        ),
        Q.material("knitted"),
        Q.color("beige"),
        color_of("dress", "brown", failure="other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("dress"),
        wearing("a beige sweater dress and brown boots", who="she"),
        details(
            "dress",
            "The dress has a turtleneck, long sleeves and ribbed knit fabric all over. It is of knee length and the "
            "lady wears brown knee-high boots with a",
            failure="cut",
            hit_limit=True,
        ),
        title="Zink London Women Beige Self-Striped Sweater Dress",
        category="Dresses",
        color="Beige",
        gender="Women",
    ),
    # photo: woman in a red off-shoulder jumpsuit with a ruffle neckline, elasticated waist and palazzo legs, gold
    # earrings, black heels, white backdrop. Caption adapter: caption and open answers; reference: closed answers.
    case(
        "X814-029",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. There is an accessory on her ear. The "
            "jumpsuit is of long length."
        ),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        color_of("jumpsuit", "black", failure="other_garment_color", kind="open"),
        wearing(
            "The woman is wearing a red off shoulder jumpsuit. The woman is wearing a red off shoulder jumpsuit. The "
            "woman is wearing a red off shoulder",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        details(
            "jumpsuit",
            "The jumpsuit has an off-shoulder ruffle neckline, an elasticated waist and wide palazzo legs.",
        ),
        describe(
            "jumpsuit",
            "Question: Describe the jumpsuit. Answer: The jumpsuit is red. Question: What is the color of the",
            failure="leak",
            hit_limit=True,
        ),
        title="Athena Women Red Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay, no person: a pink short-sleeve cotton frock with a white and lilac unicorn print, on a white
    # backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-030",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric.",
            failure="contradiction",
        ),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("printed"),
        describe("frock", "a pink frock with white unicorns printed on it"),
        Q.material("cotton"),
        Q.sleeve_length("long sleeves", failure="contradiction"),
        title="Little Kangaroos Girls Pink Printed Cotton Frock",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a navy blue lace sheath dress with a scalloped hem and cap sleeves, holding a silver clutch, nude
    # heels, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-031",
        caption(
            "The lady wears a short-sleeve dress with other patterns. The dress is with other fabric. It has a round "
            "neckline. She is holding a bag."
        ),
        Q.color("navy blue"),
        color_of("dress", "silver", failure="other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.material("lace"),
        wearing("yes", failure="non_answer", who="the woman"),
        details("dress", "The dress has lace all over, scalloped edges at the hem and short sleeves"),
        title="Chemistry Women Navy Blue Lace Sheath Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: woman in an indigo cotton midi dress with a white dabu block print, three-quarter sleeves, a round neck
    # with a keyhole, kolhapuri sandals, white backdrop. The feed row has no color. Caption adapter: caption and open
    # answers; reference engine: closed answers.
    case(
        "X814-032",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        Q.color("navy blue"),
        color_of(
            "dress",
            "The dress is blue and white. The dress is blue and white. The dress is blue and white. The dress is blue "
            "and white. The dress",
            failure="loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.sleeve_length("three-quarter sleeves"),
        details("dress", "The dress has a hood and a zip at the front", failure="unsupported"),
        wearing("she is wearing a blue dress with white prints", who="she"),
        title="Fabindia Women Indigo Cotton Printed Midi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: girl in dusty pink corduroy dungarees over a navy and white striped long-sleeve T-shirt, white shoes,
    # white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-033",
        caption(
            "This lady wears a long-sleeve T-shirt with striped patterns and a long pants. The T-shirt is with cotton "
            "fabric and it has a round neckline. The pants are with cotton fabric and pure color patterns. The",
            failure="cut",
            hit_limit=True,
        ),
        color_of("dungarees", "navy blue", failure="other_garment_color", kind="open"),
        Q.color("pink"),
        Q.pattern("solid"),
        wearing("pink dungarees over a striped t-shirt", who="the girl"),
        Q.material("corduroy"),
        Q.garment_type("pants", failure="contradiction"),
        title="Mothercare Girls Pink Corduroy Dungarees",
        category="Dungarees",
        color="Pink",
        gender="Girls",
    ),
    # photo: woman in a lime green sleeveless bodycon mini dress with ruched sides, white heels, white backdrop.
    # Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-034",
        caption("The lady wears a sleeveless dress with pure color patterns. The dress is of short length."),
        Q.color("green"),
        color_of("dress", "yellow", failure="contradiction", kind="open"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "green", failure="non_answer"),
        wearing("The woman is wearing a green dress and white shoes.", who="the woman"),
        Q.material("The dress is with chiffon fabric.", failure="unsupported"),
        color_of("shoes", "green", failure="contradiction", kind="open"),
        title="Tokyo Talkies Women Lime Green Solid Bodycon Dress",
        category="Dresses",
        color="Lime Green",
        gender="Women",
    ),
    # photo: woman in a navy blue crepe culotte jumpsuit with small white polka dots, short sleeves, a V neck and a
    # self tie belt, white sneakers, white backdrop. Caption adapter: caption and open answers; reference: closed.
    case(
        "X814-035",
        caption(
            "The female wears a short-sleeve jumpsuit with other patterns. It has a V-shape neckline. There is an "
            "accessory in her waist."
        ),
        Q.color("navy blue"),
        Q.pattern("polka dots"),
        color_of("jumpsuit", "black", failure="contradiction", kind="open"),
        wearing("Question: What is she wearing? Answer: a blue jumpsuit", failure="leak", who="she"),
        details("jumpsuit", "The jumpsuit has short sleeves, a V-neck, a tie belt and cropped wide legs."),
        Q.material("The jumpsuit is with denim fabric.", failure="unsupported"),
        describe("jumpsuit", "a white jumpsuit with blue dots", failure="contradiction"),
        title="Mast & Harbour Women Navy Blue Printed Crepe Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: girl in a red velvet party dress with long sleeves and a white lace collar, white tights, black Mary Jane
    # shoes, holding a small gift box, white backdrop, front view only. Caption adapter: caption and open answers;
    # reference engine: closed answers.
    case(
        "X814-036",
        caption("The girl wears a long-sleeve dress with pure color patterns. The girl is holding a box."),
        Q.color("red"),
        Q.garment_type("dress"),
        color_of("dress", "white", failure="other_garment_color", kind="open"),
        Q.material("velvet"),
        Q.sleeve_length("long sleeves"),
        wearing("a red velvet dress, white tights and black shoes", who="the girl"),
        details(
            "dress",
            "The dress has a white lace collar, long sleeves and a big bow at the back",
            failure="unsupported",
        ),
        title="Hopscotch Girls Red Velvet Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: woman in a brown and black leopard print midi shirt dress with long sleeves, a collar and a belt, black
    # boots, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-037",
        caption(
            "The lady wears a long-sleeve shirt with other patterns. It has a lapel neckline. The lady wears a long "
            "skirt with other patterns.",
            failure="contradiction",
        ),
        Q.color("brown"),
        Q.pattern("animal"),
        color_of("dress", "The dress is black and brown with a leopard print.", kind="open"),
        wearing(
            "The woman is wearing a long-sleeve shirt with other patterns and a long skirt. The woman is wearing a "
            "long-sleeve shirt with other patterns and a long skirt.",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        Q.material("The dress is with leather fabric.", failure="unsupported"),
        details("dress", "The dress has a collar, buttons down the front and a belt at the waist."),
        title="Marks & Spencer Women Brown Animal Print Midi Shirt Dress",
        category="Dresses",
        color="Brown",
        gender="Women",
    ),
    # photo: woman in a mustard yellow midi wrap dress with white and rust flowers, short flutter sleeves, a V neck,
    # a watch and no rings, tan heels, white backdrop. The feed row has no category. Caption adapter: caption and open
    # answers; reference engine: closed answers.
    case(
        "X814-038",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. It has a V-shape neckline. There is a ring on "
            "her finger. There is an accessory on her wrist.",
            failure="unsupported",
        ),
        Q.color("mustard"),
        Q.pattern("floral"),
        wearing("a yellow floral wrap dress", who="the woman"),
        describe("dress", "a mustard wrap dress with white and rust flowers and flutter sleeves"),
        details("dress", "The dress details are the dress details of the dress.", failure="restated"),
        color_of("dress", "The dress is yellow with white and brown flowers.", kind="open"),
        title="Nayo Women Mustard Yellow Floral Print Wrap Dress",
        color="Mustard",
        gender="Women",
    ),
    # photo: girl in a purple sleeveless fit-and-flare dress with a pink Barbie graphic on the bodice and a tulle
    # skirt, white sneakers, white backdrop. Caption adapter: caption and open answers; reference: closed answers.
    case(
        "X814-039",
        caption("The girl wears a sleeveless dress with graphic patterns."),
        Q.color("purple"),
        color_of("dress", "white", failure="other_garment_color", kind="open"),
        Q.pattern("graphic"),
        wearing(
            "The girl is wearing a sleeveless dress with graphic patterns. She is wearing a sleeveless dress with "
            "graphic patterns. She is wearing a sleeveless dress with",
            failure="loop",
            who="the girl",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        describe("dress", "a purple dress with a Barbie print and a tulle skirt"),
        details(
            "dress",
            "Question: What are the dress details? Answer: The dress has a Barbie print. Question:",
            failure="leak",
        ),
        title="Barbie Girls Purple Printed Fit and Flare Dress",
        category="Dresses",
        color="Purple",
        gender="Girls",
    ),
    # photo: woman in a charcoal grey sleeveless cotton jumpsuit worn over a white short-sleeve T-shirt, white
    # sneakers, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-040",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long jumpsuit with pure color "
            "patterns."
        ),
        Q.color("grey"),
        color_of("jumpsuit", "white", failure="other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        wearing("a grey jumpsuit over a white t-shirt", who="she"),
        details("jumpsuit", "He wears a white T-shirt under it. The jumpsuit has no sleeves.", failure="pronoun"),
        Q.material(
            "The jumpsuit is with cotton fabric and pure color patterns. The T-shirt is with cotton fabric and pure "
            "color patterns. The jumpsuit is",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Women Charcoal Grey Solid Cotton Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: woman in a bottle green satin slip midi dress with spaghetti straps and a cowl neck, gold strappy heels,
    # white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-041",
        caption("The lady wears a sleeveless dress with pure color patterns. It has a suspenders neckline."),
        Q.color("green"),
        Q.material("satin"),
        Q.sleeve_length("sleeveless"),
        describe(
            "dress",
            "The dress is a sleeveless dress with pure color patterns. It has a suspenders neckline and the dress is "
            "of long length. The lady wears",
            failure="cut",
            hit_limit=True,
        ),
        wearing("He is wearing a green dress.", failure="pronoun", who="the woman"),
        color_of("dress", "gold", failure="other_garment_color", kind="open"),
        title="Sera Women Green Solid Satin Slip Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: girl in a light blue and white gingham cotton dress with short puff sleeves and a white collar, white
    # sandals, holding a brown straw basket, white backdrop. Caption adapter: caption and open answers; reference:
    # closed answers.
    case(
        "X814-042",
        caption(
            "The girl wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. She is holding a basket."
        ),
        Q.color("blue"),
        Q.pattern("checked"),
        color_of("dress", "brown", failure="contradiction", kind="open"),
        wearing(
            "The gentleman is wearing a short-sleeve dress with lattice patterns. His dress is with cotton fabric.",
            failure="pronoun",
            who="the girl",
        ),
        is_a("dress", "yes"),
        Q.material("cotton"),
        title="Cherry Crumble Girls Blue Gingham Checked Cotton Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: woman in a black long-sleeve V-neck maxi dress with red and pink roses, a beige trench coat worn open over
    # it, black boots, white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-043",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The lady wears a long dress with floral "
            "patterns."
        ),
        Q.color("beige", failure="contradiction"),
        color_of("dress", "black with red and pink roses", kind="open"),
        Q.pattern("floral"),
        wearing(
            "The lady wears a long-sleeve coat with pure color patterns. The lady wears a long dress with floral "
            "patterns. The lady wears a long-sleeve coat with",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        describe(
            "dress",
            "Question: Describe the dress. Answer: The dress is black with flowers. Question: Describe the coat. "
            "Answer",
            failure="leak",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        title="Street 9 Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: woman in a rust orange cotton tiered midi dress with short puff sleeves and a square neck, white sneakers,
    # white backdrop. Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-044",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. It has a square neckline. The dress is "
            "with cotton fabric and it is of long length. The lady wears a pair of shoes and her",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        color_of("dress", "red", failure="contradiction", kind="open"),
        describe(
            "dress",
            "The dress is orange and it has ruffles. The dress is orange and it has ruffles. The dress is orange and "
            "it has",
            failure="loop",
            hit_limit=True,
        ),
        details("dress", "puff sleeves, a square neck and three tiers"),
        wearing("a rust dress and white sneakers", who="the woman"),
        Q.material("cotton"),
        title="all about you Women Rust Orange Solid Cotton Tiered Midi Dress",
        category="Dresses",
        color="Rust",
        gender="Women",
    ),
    # photo: girl in a yellow sleeveless full-length jumpsuit with ruffled shoulder straps, sunglasses on her eyes,
    # white sandals, no belt, white backdrop. Caption adapter: caption and open answers; reference: closed answers.
    case(
        "X814-045",
        caption("The girl wears a sleeveless jumpsuit with pure color patterns. She wears glasses."),
        Q.color("yellow"),
        Q.garment_type("jumpsuit"),
        wearing("The man is wearing a yellow jumpsuit and sunglasses.", failure="pronoun", who="the girl"),
        color_of("jumpsuit", "white", failure="other_garment_color", kind="open"),
        details("jumpsuit", "The jumpsuit has a belt and pockets on the sides.", failure="unsupported"),
        describe("jumpsuit", "yellow", failure="non_answer"),
        title="Naughty Ninos Girls Yellow Solid Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
        gender="Girls",
    ),
    # photo: woman in a pink sleeveless knee-length A-line dress with a large white and green floral print, round
    # neck, white sneakers, carrying a white tote bag, white backdrop, front view only. The feed row has no gender.
    # Caption adapter: caption and open answers; reference engine: closed answers.
    case(
        "X814-046",
        caption(
            "The lady wears a sleeveless dress with floral patterns. It has a round neckline. The dress is of knee "
            "length. She is carrying a bag."
        ),
        Q.color("pink"),
        Q.pattern("floral"),
        color_of("dress", "The dress is pink with white and green flowers.", kind="open"),
        wearing(
            "The lady wears a sleeveless dress with floral patterns. It has a round neckline. The dress is of knee "
            "length. She is carrying a bag. The lady wears a",
            failure="loop",
            who="the woman",
            hit_limit=True,
        ),
        details("dress", "The dress has a zip at the back and side pockets", failure="unsupported"),
        Q.sleeve_length("short sleeves", failure="contradiction"),
        title="Femella Women Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
]
