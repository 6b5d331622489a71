"""BLIND_1643 (46 products; Myntra dresses, epoch-1 caption + QA): written blind in the sixty-seventh session. Measured
blind at 0f3a531 (the session's first rules): 96/123 failures found (78.0%) and 17/169 correct texts flagged (10.1%).
The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra names them: Navy Blue, Peach-Coloured, Off White, Mustard...). Photos are the usual
catalog shots: a model on a plain white or grey backdrop, shoes and the odd watch or bangle, now and then a prop (a
bag, a cup, a straw hat, a stool), a layered styling shot (a denim jacket, a tee under a slip dress), one back view
and one flat lay. Each product lists the caption and the answers the reviewers sampled (5 to 7 of the job's
questions: what the person is wearing, garment type, colour, pattern, sleeve length, material, the garment's
details, and a yes/no "Is this a ...?" for the title's garment).
Who wrote what: every caption is the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b), greedy, 50 new tokens. It writes the
DeepFashion-MultiModal template ("The lady wears a ... with pure color patterns. The ... is with cotton fabric"),
and after one epoch it still sometimes slips in a hue or a backdrop the base model would name. It has no word for a
jumpsuit or a playsuit in the template, so those become "a tank top and a long pants" or "a shirt and a three-point
shorts", and it often does the same to dresses. Most captions run on to the token limit (no end token was trained);
a few stop early on a newline. Open and closed answers are spans that timpal0l/mdeberta-v3-base-squad2 extracted
from that caption: short, verbatim, never cut by a limit. Where the QA model found no span (the colour question when
the caption names no hue, every yes/no question, material when the caption names no fabric, a few details
questions) the answer is the VQA adapter's (leoreigoto/Data3_V3_BLIP2_VQA), greedy, 30 new tokens: those loop
("black black black"), run into the next "Question: ... Answer:" of the training format, or now and then stop short
and right. The comment above each case says which texts came from the VQA fallback; all others are QA spans.
Labeling conventions and judgement calls: one label per text. When a text has two faults I keep the one a reader
notices first: loop, then a wrong pronoun, then a contradiction (wrong garment kind, colour, pattern, sleeves or a
fabric the title names), then an invented detail (unsupported), then a cut. A caption that ran to the limit and
stopped mid-sentence is cut; one that happened to hit the limit on a full stop and is right is left unmarked (with
hit_limit). A dress, jumpsuit or playsuit described as a top plus a skirt, pants or shorts is a contradiction (the
title and the photo say one piece), and so are the garment-type, sleeve and pattern answers taken from an inner tee
or a shrug. The colour question answered with a pattern word ("pure color", "floral", "graphic") is a non_answer;
"other fabric" for material too. A colour taken from a jacket, tee or shrug worn with the product is
other_garment_color; a colour taken from the wall is a contradiction (it is not another garment). Material: a fabric
the title contradicts (Crepe, Velvet, Rayon, Georgette, Chambray) is a contradiction; a fabric the photo plainly
contradicts with the title silent (a satin sheen called cotton, opaque crepe called chiffon) is unsupported; the
template's "cotton" on a plausible cotton or cotton-blend garment is left unmarked. Coarse hues are accepted (green
for teal, purple for lavender, yellow for mustard, orange for coral, red for maroon, pink for peach). Polka dots
called "graphic" I count as a contradiction of a title that says Polka Dot; a star print called graphic is fine.
Accessories the photo has (a watch, bangles, tights as "socks") are right; a ring, hat or wrist accessory the photo
lacks, or any wearer in a flat lay, is unsupported. "dress" as the answer to the details question is restated.
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption, case, details, is_a, wearing

BLIND_1643 = [
    # Photo: model, front, black sleeveless bodycon midi with round neck, steel watch, white sneakers, grey backdrop.
    # Caption: epoch-1 adapter, ran to the limit. Color: QA span. All other answers: QA spans.
    case(
        "X1643-001",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: girl of about seven, pink fit-and-flare dress with small white flowers, short flutter sleeves, knee
    # length, white shoes, hair band, white backdrop. Caption: epoch-1, ran to the limit, dress read as tee + skirt.
    # Color: VQA fallback (looped). Others: QA spans.
    case(
        "X1643-002",
        caption(
            "This lady wears a short-sleeve T-shirt with floral patterns and a medium short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and floral patterns. There is an "
            "accessory in her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with floral patterns and a medium short skirt", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink-pink", "loop", hit_limit=True),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Cherry & Jerry Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: olive green sleeveless jumpsuit, V neck, wide legs, self tie belt, black heels, white backdrop.
    # Caption: epoch-1, ran to the limit, jumpsuit read as tank top + pants. Color and is_a: VQA fallback, short.
    case(
        "X1643-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a V-shape neckline. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants", "contradiction"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.color("green"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: navy georgette maxi with white floral print, long sleeves, V neck, thin gold bracelet, white backdrop.
    # Caption: epoch-1, loops on the wrist sentence to the limit. Color: VQA fallback (looped). Others: QA spans.
    case(
        "X1643-004",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        BQ.garment_type("dress"),
        BQ.color(
            "navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy", "loop", hit_limit=True
        ),
        BQ.pattern("floral"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("chiffon", "contradiction"),
        gender="Women",
        title="Athena Women Navy Blue & White Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black playsuit with white polka dots, short sleeves, collar, waist tie, shorts, white sneakers, beige
    # wall. Caption: epoch-1, ran to the limit, playsuit read as shirt + shorts. Color: VQA fallback, short and right.
    case(
        "X1643-005",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "cotton fabric. It has a lapel neckline. The shorts are with cotton fabric and graphic patterns. The lady "
            "wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a three-point shorts", "contradiction"),
        BQ.garment_type("shirt", "contradiction"),
        BQ.color("black-white"),
        BQ.pattern("graphic", "contradiction"),
        BQ.sleeve_length("short-sleeve"),
        gender="Women",
        title="Berrylush Women Black & White Polka Dot Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: girl in a blue denim pinafore dress over a long-sleeve white tee with thin red stripes, sneakers.
    # Caption: epoch-1, ran to the limit; describes the tee and calls the pinafore a skirt. Color: VQA fallback
    # (the tee's white). Others: QA spans, all taken from the tee except material.
    case(
        "X1643-006",
        caption(
            "The girl wears a long-sleeve T-shirt with striped patterns and a medium short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with denim fabric and pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with striped patterns and a medium short skirt", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("striped", "contradiction"),
        BQ.sleeve_length("long-sleeve", "contradiction"),
        BQ.material("denim"),
        gender="Girls",
        title="Pepe Jeans Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: red crepe wrap dress, long sleeves, V neck, tie waist, midi, nude heels, no jewellery but a watch.
    # Caption: epoch-1 with a hue, stopped early on a newline; invents a ring. All answers: QA spans.
    case(
        "X1643-007",
        caption(
            "The lady wears a red long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The dress is of medium length. The lady wears a ring.",
            "unsupported",
        ),
        wearing("a red long-sleeve dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.color("red"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton", "contradiction"),
        gender="Women",
        title="AND Women Red Solid Crepe Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: mustard A-line dress, small white and black flowers, short sleeves, round neck, knee length; opaque
    # polyester crepe; she holds a brown sling bag. Caption: epoch-1, ran to the limit. Color: QA span. Others: spans.
    case(
        "X1643-008",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium length. The lady carries a bag. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("chiffon", "unsupported"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Harpa Women Mustard Yellow Printed A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black culotte jumpsuit, short sleeves, round neck, calf-length legs, white sneakers, white backdrop.
    # Caption: epoch-1, stopped early; tee + pants. Color and is_a: VQA fallback. Others: QA spans.
    case(
        "X1643-009",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-quarter pants. The pants are "
            "with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a three-quarter pants", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color(
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="StyleStone Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: girl in a red and white gingham shirt dress, collar, button placket, short sleeves, knee length, no
    # bracelet. Caption: epoch-1, ran to the limit; shirt + skirt, invents a wrist accessory. Color: VQA fallback.
    case(
        "X1643-010",
        caption(
            "The girl wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The girl wears a medium short skirt with lattice patterns. There is an accessory on her "
            "wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with lattice patterns", "contradiction"),
        BQ.color("red-white"),
        BQ.pattern("lattice"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        gender="Girls",
        title="Gini and Jony Girls Red & White Checked Pure Cotton Shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: white sleeveless cotton A-line dress, a blue denim jacket worn off the shoulders, brown belt, white
    # backdrop. Caption: epoch-1, ran to the limit, right so far. Color: VQA fallback (the jacket's blue). Material:
    # QA span from the jacket's sentence.
    case(
        "X1643-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady also wears an outer clothing, with denim fabric and pure color patterns. "
            "The dress is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.color("blue", "other_garment_color"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("denim", "contradiction"),
        gender="Women",
        title="ONLY Women White Solid A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: back view, teal satin maxi with an open back and tie straps, long hair, grey backdrop.
    # Caption: epoch-1, ran to the limit; tank top + skirt. Color: VQA fallback. Material: QA span ("cotton").
    case(
        "X1643-012",
        caption(
            "The person wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The skirt is with chiffon fabric and pure color patterns. "
            "The person",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", "contradiction"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.color("green"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton", "unsupported"),
        gender="Women",
        title="Sera Women Teal Solid Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: black sequinned bodycon mini, long sleeves, round neck, black heels, white backdrop.
    # Caption: epoch-1, stopped early, right. All answers: QA spans.
    case(
        "X1643-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and it has a "
            "round neckline. The dress is of short length."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("other fabric", "non_answer"),
        gender="Women",
        title="Tokyo Talkies Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: girl in a peach sleeveless jumpsuit with frilled shoulders, full length, sandals, white backdrop.
    # Caption: epoch-1, repeats the pants sentence to the limit. Color and is_a: VQA fallback.
    case(
        "X1643-014",
        caption(
            "The girl wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. The pants are with cotton fabric and pure color patterns. The pants are with cotton fabric "
            "and pure color",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants", "contradiction"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.color("peach"),
        BQ.sleeve_length("sleeveless"),
        is_a(
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Peach-Coloured Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Photo: maroon velvet sheath dress, long sleeves, round neck, knee length, gold watch, grey backdrop.
    # Caption: epoch-1 with a hue, ran to the limit; calls the velvet cotton. All answers: QA spans.
    case(
        "X1643-015",
        caption(
            "The lady wears a maroon long-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a maroon long-sleeve dress"),
        BQ.color("maroon"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton", "contradiction"),
        gender="Women",
        title="Athena Women Maroon Solid Velvet Sheath Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: rust playsuit, short sleeves, collar, button front, fabric belt, shorts; she holds sunglasses.
    # Caption: epoch-1, ran to the limit; shirt + shorts. Color: VQA fallback, runs into the next prompt.
    case(
        "X1643-016",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns. The "
            "lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("short-sleeve shirt", "contradiction"),
        BQ.garment_type("shirt", "contradiction"),
        BQ.color(
            "orange Question: What is the color of the shorts? Answer: orange Question: What is the color of the "
            "shirt? Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        gender="Women",
        title="Sassafras Women Rust Orange Solid Playsuit",
        category="Playsuit",
        color="Rust",
    ),
    # Photo: white fit-and-flare midi with blue vertical stripes, sleeveless, square neck, cotton poplin.
    # Caption: epoch-1, stopped early, right. Color: VQA fallback, short and right. Others: QA spans.
    case(
        "X1643-017",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric and it has a "
            "square neckline."
        ),
        wearing("a sleeveless dress with striped patterns"),
        BQ.color("white and blue"),
        BQ.pattern("striped"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        details("dress", "it has a square neckline"),
        gender="Women",
        title="Berrylush Women White & Blue Striped Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: flat lay on white, navy jersey T-shirt dress with a small white star print, short sleeves, no person.
    # Caption: epoch-1, stopped early; puts the dress on a lady with a ring. Color: VQA fallback (looped).
    case(
        "X1643-018",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium length. There is an accessory on her wrist. The lady wears a "
            "ring.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        BQ.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        gender="Girls",
        title="H&M Girls Navy Blue Printed Jersey Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: green rayon kaftan with a pink print, wide elbow sleeves, tasselled V neck, ankle length, juttis,
    # bangles. Caption: epoch-1, loops on the wrist sentence. Color: QA span. Others: QA spans.
    case(
        "X1643-019",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        BQ.garment_type("dress"),
        BQ.color("floral", "non_answer"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.material("chiffon", "unsupported"),
        details("dress", "its neckline is V-shape"),
        gender="Women",
        title="Varanga Women Green Printed Kaftan Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model with a pixie cut, navy long-sleeve jumpsuit with a collar and a zip front, white sneakers.
    # Caption: epoch-1, ran to the limit; "gentleman", shirt + pants. Color and is_a: VQA fallback, short and right.
    case(
        "X1643-020",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and it has a lapel neckline. The pants are with cotton fabric and pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", "contradiction"),
        BQ.garment_type("shirt", "contradiction"),
        BQ.color("navy"),
        BQ.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Rare Women Navy Blue Solid Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: lavender tiered cotton maxi, short puff sleeves, square neck, grey backdrop.
    # Caption: epoch-1 with a hue, stopped early, right. All answers: QA spans, right.
    case(
        "X1643-021",
        caption(
            "The lady wears a purple short-sleeve dress with pure color patterns. The dress is with cotton fabric and "
            "its neckline is square. The dress is of long length."
        ),
        wearing("a purple short-sleeve dress"),
        BQ.color("purple"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        details("dress", "its neckline is square"),
        gender="Women",
        title="DressBerry Women Lavender Solid Tiered Maxi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: girl, yellow party dress, sequinned sleeveless bodice, layered tulle skirt, hair bow, silver shoes.
    # Caption: epoch-1, ran to the limit; tank top + skirt, and a hat for the bow. Color: VQA fallback (looped).
    case(
        "X1643-022",
        caption(
            "The girl wears a sleeveless tank top with graphic patterns and a medium short skirt. The tank top is with "
            "other fabric. The skirt is with chiffon fabric and pure color patterns. The girl wears a hat. The girl",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns and a medium short skirt", "contradiction"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.color(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls Yellow Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: light blue chambray shirt dress, long sleeves rolled once, collar, buttons, belt, white sneakers.
    # Caption: epoch-1, ran to the limit; shirt + skirt, denim. Color: VQA fallback, short and right.
    case(
        "X1643-023",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The lady wears a medium-length skirt. The skirt is with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        BQ.garment_type("shirt", "contradiction"),
        BQ.color("blue"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("denim", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black satin slip dress with spaghetti straps, midi, styled over a white short-sleeve tee, sneakers.
    # Caption: epoch-1, ran to the limit; tee + skirt. Color and is_a: VQA fallback. Others: QA spans from the tee.
    case(
        "X1643-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The lady wears a long skirt with pure color patterns. The skirt is with",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        BQ.color("white", "other_garment_color"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve", "contradiction"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Sera Women Black Solid Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: red and black tartan A-line dress, long sleeves, round neck, above knee, black tights, black boots.
    # Caption: epoch-1, ran to the limit ("socks" for the tights is the template's word). Color: VQA fallback.
    case(
        "X1643-025",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of short length. The lady wears socks. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with lattice patterns"),
        BQ.color("red-black"),
        BQ.pattern("lattice"),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="U&F Women Red & Black Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: mustard sleeveless jumpsuit, round neck, straight legs, black belt, black sandals.
    # Caption: epoch-1 with a hue, stopped early; tank top + pants. is_a: VQA fallback. Others: QA spans.
    case(
        "X1643-026",
        caption(
            "The lady wears a yellow sleeveless tank top and a yellow long pants. The tank top is with cotton fabric.",
            "contradiction",
        ),
        wearing("a yellow sleeveless tank top and a yellow long pants", "contradiction"),
        BQ.garment_type("tank top", "contradiction"),
        BQ.color("yellow"),
        BQ.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: off-white cotton shift dress, short sleeves, round neck, knee length, against a pale blue studio wall.
    # Caption: epoch-1, names the wall, ran to the limit. Color: QA span (the wall's blue). Others: QA spans.
    case(
        "X1643-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns and stands in front of a blue wall. The "
            "dress is with cotton fabric and its neckline is round. The dress is of medium length. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        BQ.color("blue", "contradiction"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="SIRIKIT Women Off-White Solid Shift Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: girl in a pink sleeveless A-line dress with its matching grey knitted short-sleeve shrug on top.
    # Caption: epoch-1, ran to the limit; sweater + skirt. Color: VQA fallback (the shrug's grey). Others: QA spans.
    case(
        "X1643-028",
        caption(
            "The girl wears a short-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "girl wears a medium short skirt with pure color patterns. The skirt is with cotton fabric. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve sweater with pure color patterns", "contradiction"),
        BQ.garment_type("sweater", "contradiction"),
        BQ.color("grey", "other_garment_color"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve", "contradiction"),
        gender="Girls",
        title="Peppermint Girls Pink Solid A-Line Dress with Shrug",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black sleeveless sheath dress, round neck, knee length, black heels, white backdrop.
    # Caption: epoch-1, stopped early, right. Color: VQA fallback, short and right. Others: QA spans.
    case(
        "X1643-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of medium length."
        ),
        wearing("a sleeveless dress with pure color patterns"),
        BQ.garment_type("dress"),
        BQ.color("black"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: indigo cotton A-line dress with a white floral block print, three-quarter sleeves, mandarin collar,
    # calf length, silver bangles. Caption: epoch-1, ran to the limit. Color: VQA fallback, short and right.
    case(
        "X1643-030",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and it has a "
            "standing neckline. The dress is of long length. There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        BQ.color("blue-white"),
        BQ.pattern("floral"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="Libas Women Blue & White Printed Pure Cotton A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: black playsuit with small red and white flowers, sleeveless, V neck, shorts; a straw hat in her hand.
    # Caption: epoch-1, ran to the limit; tank top + shorts (the hat is in the photo). All answers: QA spans.
    case(
        "X1643-031",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The tank top is with "
            "chiffon fabric. It has a V-shape neckline. The lady wears a hat. The shorts are with chiffon fabric and",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns and a three-point shorts", "contradiction"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("chiffon"),
        gender="Women",
        title="Harpa Women Black Floral Print Playsuit",
        category="Playsuit",
    ),
    # Photo: pink one-shoulder ruched bodycon mini, nude heels, white backdrop.
    # Caption: epoch-1 with a hue, repeats its first sentence to the limit. All answers: QA spans.
    case(
        "X1643-032",
        caption(
            "The lady wears a pink sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of short length. The lady wears a pink sleeveless dress with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink sleeveless dress with pure color patterns"),
        BQ.color("pink"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        details("dress", "The dress is of short length"),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: girl, navy and white horizontal stripes playsuit, short sleeves, shorts, red sneakers.
    # Caption: epoch-1, stopped early; tee + shorts. Color: VQA fallback, short and right. Others: QA spans.
    case(
        "X1643-033",
        caption(
            "The girl wears a short-sleeve T-shirt with striped patterns and a three-point shorts. The T-shirt is with "
            "cotton fabric. The shorts are with cotton fabric and striped patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt with striped patterns and a three-point shorts", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("white-navy"),
        BQ.pattern("striped"),
        BQ.sleeve_length("short-sleeve"),
        gender="Girls",
        title="YK Girls White & Navy Blue Striped Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Photo: burgundy ribbed knit sweater dress, long sleeves, high neck, knee length, brown boots.
    # Caption: epoch-1, ran to the limit; sweater + skirt. Color: VQA fallback (looped). Others: QA spans.
    case(
        "X1643-034",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and it "
            "has a standing neckline. The lady wears a medium-length skirt with pure color patterns. The skirt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        BQ.garment_type("sweater", "contradiction"),
        BQ.color(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        BQ.sleeve_length("long-sleeve"),
        BQ.material("knitting fabric"),
        gender="Women",
        title="SASSAFRAS Women Burgundy Ribbed Sweater Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: green wrap midi with white flowers, short flutter sleeves, V neck; she holds a coffee cup, no bracelet.
    # Caption: epoch-1, stopped early; invents a wrist accessory. Color: VQA fallback. Details: QA span (invented).
    case(
        "X1643-035",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress is of medium length. The lady holds a cup. There is an accessory on her "
            "wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve dress with floral patterns"),
        BQ.color("green-white"),
        BQ.pattern("floral"),
        BQ.sleeve_length("short-sleeve"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="MANGO Women Green Floral Print Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: navy A-line kurta-style dress, three-quarter sleeves, round neck with gold embroidery at the yoke, calf
    # length, a watch. Caption: epoch-1, ran to the limit. Color: VQA fallback, runs into the next prompt.
    case(
        "X1643-036",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        BQ.color(
            "blue Question: What cloth is the person wearing? Answer: dress Question: What is the color of the dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        BQ.pattern("pure color"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.material("cotton"),
        details("dress", "it has a round neckline"),
        gender="Women",
        title="W Women Navy Blue Solid A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: girl with a short bob, red sleeveless A-line dress above the knee, white sneakers, no shorts.
    # Caption: epoch-1, stopped early; "gentleman", tank shirt + shorts. Color: VQA fallback. Others: QA spans.
    case(
        "X1643-037",
        caption(
            "The gentleman wears a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts.",
            "pronoun",
        ),
        wearing("a sleeveless tank shirt with pure color patterns", "contradiction"),
        BQ.garment_type("tank shirt", "contradiction"),
        BQ.color("red"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        gender="Girls",
        title="Pantaloons Junior Girls Red Solid A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black sleeveless wide-leg jumpsuit, V neck, a watch, black heels, white backdrop.
    # Caption: epoch-1 names the jumpsuit and a hue, ran to the limit. is_a: VQA fallback. Others: QA spans.
    case(
        "X1643-038",
        caption(
            "The lady wears a black sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric "
            "and its neckline is V-shape. The jumpsuit is of long length. There is an accessory on her wrist. There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sleeveless jumpsuit"),
        BQ.garment_type("jumpsuit"),
        BQ.color("black"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Kassually Women Black Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: ivory cotton dress with white-on-white chikankari embroidery, three-quarter sleeves, calf length; she
    # sits on a wooden stool, no ring. Caption: epoch-1, ran to the limit; invents a ring. All answers: QA spans.
    case(
        "X1643-039",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a round neckline. The dress is of long length. The lady sits on a chair. The lady wears a ring. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with pure color patterns"),
        BQ.color("pure color", "non_answer"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.material("cotton"),
        gender="Women",
        title="Label Ritu Kumar Women Off-White Embroidered A-Line Dress",
        category="Dresses",
    ),
    # Photo: coral ruched bodycon mini, short puff sleeves, square neck, a thin bracelet and a ring.
    # Caption: epoch-1, right, ran to the limit exactly on a full stop. Color and details: VQA fallback. Others: QA.
    case(
        "X1643-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and it has "
            "a square neckline. The dress is of short length. There is an accessory on her wrist. The lady also wears "
            "a ring.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        BQ.color("orange"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        details("dress", "dress", "restated"),
        gender="Women",
        title="Femella Women Coral Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: blue denim playsuit, short sleeves, collar, button front, shorts, white sneakers.
    # Caption: epoch-1, ran to the limit; shirt + shorts. Color and is_a: VQA fallback. Others: QA spans.
    case(
        "X1643-041",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "denim fabric and it has a lapel neckline. The shorts are with denim fabric and pure color patterns. There "
            "is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a three-point shorts", "contradiction"),
        BQ.garment_type("shirt", "contradiction"),
        BQ.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        BQ.material("denim"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="Trendyol Women Blue Denim Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: black fit-and-flare dress with a white daisy print, sleeveless, V neck, above knee, watch and a ring.
    # Caption: epoch-1, ran to the limit, right so far. All answers: QA spans.
    case(
        "X1643-042",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its neckline "
            "is V-shape. The dress is of short length. There is an accessory on her wrist. The lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        BQ.color("floral", "non_answer"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("chiffon"),
        gender="Women",
        title="Ketch Women Black Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: little girl in a yellow sleeveless cotton A-line dress with tiny flowers, white ankle socks, no hat.
    # Caption: epoch-1, stopped early; invents a hat. Color: VQA fallback, short and right. Others: QA spans.
    case(
        "X1643-043",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and it has a "
            "round neckline. The dress is of medium length. The lady wears socks. The lady wears a hat.",
            "unsupported",
        ),
        wearing("a sleeveless dress with floral patterns"),
        BQ.color("yellow"),
        BQ.pattern("floral"),
        BQ.sleeve_length("sleeveless"),
        BQ.material("cotton"),
        gender="Girls",
        title="Mothercare Girls Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: maroon jumpsuit with a white geometric print, short sleeves, V neck, fabric belt, ankle length.
    # Caption: epoch-1, ran to the limit; tee + pants. Color: VQA fallback, short. Others: QA spans.
    case(
        "X1643-044",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns and a long pants. The T-shirt is with chiffon "
            "fabric and it has a V-shape neckline. The pants are with chiffon fabric and graphic patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and a long pants", "contradiction"),
        BQ.garment_type("T-shirt", "contradiction"),
        BQ.color("red-white"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("short-sleeve"),
        details("jumpsuit", "it has a V-shape neckline"),
        gender="Women",
        title="Berrylush Women Maroon & White Printed Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
    ),
    # Photo: emerald green rayon flared dress with a gold foil print, three-quarter sleeves, round neck, calf
    # length, gold bangles; the feed row has no category. Caption: epoch-1, loops on the wrist sentence. All
    # answers: QA spans.
    case(
        "X1643-045",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric and it has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        BQ.color("graphic", "non_answer"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("medium-sleeve"),
        BQ.material("chiffon", "contradiction"),
        gender="Women",
        title="Anouk Women Green & Gold-Toned Printed Rayon A-Line Dress",
        color="Green",
    ),
    # Photo: peach cotton fit-and-flare midi, smocked bodice, short puff sleeves, square neck, white backdrop.
    # Caption: epoch-1 with a hue, stopped early, names no fabric. Material: VQA fallback, rambles to the limit.
    # Others: QA spans.
    case(
        "X1643-046",
        caption("The lady wears a pink short-sleeve dress with pure color patterns. It has a square neckline."),
        wearing("a pink short-sleeve dress"),
        BQ.color("pink"),
        BQ.pattern("pure color"),
        BQ.sleeve_length("short-sleeve"),
        BQ.material(
            "the dress is made of a soft cotton fabric that is very comfortable to wear and it is also very easy to "
            "wash and",
            "cut",
            hit_limit=True,
        ),
        details("dress", "It has a square neckline"),
        gender="Women",
        title="Marks & Spencer Women Peach-Coloured Solid Smocked Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
]
