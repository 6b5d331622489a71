"""BLIND_1283 (45 products; Myntra dresses, jumpsuits and playsuits, epoch-1 caption adapter with extractive QA):
written blind in the sixty-second session. Measured blind at c5d464a (the session's eighth rules): 122/146 failures
found (83.6%) and 7/147 correct texts flagged (4.8%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; Myntra base colours; gender Women or Girls; a few rows lack one column). Catalog shots: a model on a plain
white, grey or beige backdrop, often with sneakers, heels, jewellery or a bag; some girls' items worn over a tee or with
a prop; one woman in a denim jacket, one seated on a stool; two flat lays and one back view. Each photo was captioned by
the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy, 50 new tokens); every
question was then answered by timpal0l/mdeberta-v3-base-squad2 over that caption, and when it found no span the question
went to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, `Question: ... Answer:`, 30 new tokens). Questions, five to
seven per product: what the person is wearing, garment type, colour, pattern, sleeve length, material, and sometimes "Is
this a dress/jumpsuit/playsuit?" or the dress details or description.

Who wrote what: the caption adapter writes only the DeepFashion-MultiModal template (a vocabulary of about a hundred
words, no hue names, no "dress" or "jumpsuit": a one-piece becomes a tank top, T-shirt, shirt or sweater plus a skirt,
shorts, pants or trousers, or the neutral "upper clothing ... lower clothing"). Its captions never stop: most are cut
mid-sentence at 50 tokens, some repeat a sentence, a few short templates end cleanly and then emit padding to the limit.
The extractive answers are exact spans of the caption, so they never hit a limit and inherit its garment words, its
"pure color" and its default "cotton". The colour question usually finds no span and goes to the VQA adapter, as do the
yes/no questions and the sleeve question on a caption that never mentions sleeves; those answers always run to 30
tokens, as a loop, as a new "Question: ... Answer:" turn, or as one clean word followed by padding. Each case's comment
says which text came from which model.

Labeling conventions and judgement calls: hit_limit=True on every caption and every VQA-fallback answer (they all ran to
the limit; a clean one ended in padding), never on a span. A caption cut mid-sentence is `cut` even when it also names
the dress a top and a skirt, and a man's template ("His", "The gentleman") is `pronoun` even when cut; a complete
caption that names a one-piece a shirt and trousers is `contradiction`; a complete caption with an invented wrist
accessory or "cotton" for satin is `unsupported`; the neutral "upper/lower clothing" template is correct when its
sleeves, pattern and fabric match the photo. "tank top", "T-shirt", "shirt", "sweater", "skirt", "pants", "shorts" as
what the person wears, the garment type or the description of a one-piece are `contradiction`; "upper clothing" (or a
span with no garment) for the garment, and "pure color", "floral", "graphic", "color block" as the colour, are
`non_answer`. A skirt's "long length" given as the sleeve length, the sleeves, pattern or fabric of a tee or jacket worn
with the product, "lattice" for lace and "color block" for a print are `contradiction`; a VQA colour that is the tee's
or the jacket's is `other_garment_color`. "cotton" is `unsupported` only where the title names another fabric or the
photo plainly shows one (satin, velvet, lace, linen), as are "leather" for sequins, "furry" for velvet and "knitting"
for a woven check; "chiffon" for georgette, net or crepe and "denim" for chambray pass. A hue of the right family passes
(red for burgundy, pink for peach, navy for navy blue), "red" for a navy-and-red check passes as one of its two colours,
"white" for beige fails. A looping one-word answer is `loop` ("no" to a playsuit included) unless the word is the colour
of a tee or jacket worn with the product (`other_garment_color`), a clean "no" to a one-piece is `contradiction`.
"suspenders" as the sleeve length is left unmarked: it is the template's word for straps.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1283 = [
    # Model on a grey backdrop in a black sleeveless knee-length fit-and-flare jersey dress, round neck, white sneakers.
    # Caption: caption adapter (cut at 50 tokens). wearing, garment type, colour, pattern, sleeves, material: spans.
    case(
        "X1283-001",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The skirt this lady wears is of medium length. The skirt is with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium length", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Navy maxi with small white and pink flowers, short flutter sleeves, V-neck, tie belt, flowy georgette; white
    # backdrop. Caption: caption adapter (neutral template, ended cleanly, padding to the limit). wearing, pattern,
    # sleeves, material: spans. Colour and "Is this a dress?": VQA adapter (no span).
    case(
        "X1283-002",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has floral patterns.",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        is_a("dress", "yes", hit_limit=True),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Girl of about seven in a yellow cotton A-line dress with a small white star print, short puff sleeves, round
    # neck, holding a teddy bear; white backdrop. Caption: caption adapter (cut). Colour: VQA adapter (no span, starts
    # a new question turn). The rest: spans.
    case(
        "X1283-003",
        caption(
            "The person is wearing a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The person wears a short skirt. The skirt is with cotton fabric and graphic "
            "patterns. This person",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color(
            "yellow Question: What is the color of the dress? Answer: yellow Question: What is the color of the dress? "
            "Answer: yellow Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Girls",
        title="Cherry Crumble Girls Yellow Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Olive sleeveless jumpsuit, V-neck, tie waist, straight full-length legs, nude heels; grey backdrop. Caption:
    # caption adapter (cut). Colour: VQA adapter (loop). wearing, garment type, sleeves, material: spans.
    case(
        "X1283-004",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. It has a "
            "v-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns", "contradiction"),
        Q.garment_type("pants", "contradiction"),
        Q.color(
            "olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive olive "
            "olive olive olive olive olive olive olive olive olive olive olive olive olive",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long length", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Pink playsuit with white flowers, short flutter sleeves, smocked waist, shorts; sunglasses pushed up on her
    # head; white backdrop. Caption: caption adapter (cut). Colour and "Is this a playsuit?": VQA adapter (one word,
    # then padding). The rest: spans.
    case(
        "X1283-005",
        caption(
            "This lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. This lady wears a three-point shorts. The shorts are with chiffon fabric and floral "
            "patterns. This lady has",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("three-point shorts", "contradiction"),
        Q.color("pink", hit_limit=True),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="Berrylush Women Pink Floral Print Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Flat lay on white, no model: blue cotton jersey dress with a white dinosaur print, short sleeves, round neck.
    # Caption: caption adapter (ran to the limit on a full stop; the wrist accessory is invented). Colour: VQA adapter.
    # The rest: spans.
    case(
        "X1283-006",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of short length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "unsupported"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("blue", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Girls",
        title="H&M Girls Blue Patterned Jersey Dress",
        category="Dresses",
        color="Blue",
    ),
    # Maroon crepe wrap midi, long sleeves, V-neck, tie at the waist, gold hoops; beige backdrop. Caption: caption
    # adapter (cut). All answers: spans.
    case(
        "X1283-007",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. This female wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. This female wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        details("dress", "its neckline is v-shape"),
        gender="Women",
        title="SASSAFRAS Women Maroon Crepe Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Girl in a blue denim pinafore dress worn over a white short-sleeve tee, white sneakers; white backdrop. Caption:
    # caption adapter (cut; the tee is the "T-shirt", the pinafore the "skirt"). Colour and "Is this a dress?": VQA
    # adapter. wearing, garment type, sleeves, material: spans (the first "cotton" is the tee's).
    case(
        "X1283-008",
        caption(
            "The person wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "other_garment_color",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        is_a("dress", "yes", hit_limit=True),
        gender="Girls",
        title="Pepe Jeans Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Black sequinned one-shoulder bodycon mini on sequinned mesh, black heels; dark grey backdrop. Caption: caption
    # adapter (cut; reads the sequins as leather). Colour and sleeves: VQA adapter (no span). The rest: spans.
    case(
        "X1283-009",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with leather fabric. It has a "
            "suspenders neckline. The lady wears a short skirt. The skirt is with leather fabric and pure color "
            "patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank tank top", "contradiction"),
        Q.color("black", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length(
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless "
            "sleeveless sleeveless sleeveless sleeveless sleeveless sleeveless",
            "loop",
            hit_limit=True,
        ),
        Q.material("leather", "unsupported"),
        gender="Women",
        title="AND Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Girl in a pink-and-white horizontally striped cotton T-shirt dress, short sleeves, round neck, knee length;
    # white backdrop. Caption: caption adapter (cut). Colour: VQA adapter (loop). The rest: spans.
    case(
        "X1283-010",
        caption(
            "The person is wearing a short-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The skirt this person wears is of medium length. The skirt is with cotton fabric "
            "and stripe",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with stripe patterns", "contradiction"),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("stripe"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Girls",
        title="Marks & Spencer Girls Pink Striped Pure Cotton T-shirt Dress",
        category="Dresses",
        color="Pink",
    ),
    # White floral lace sheath, cap sleeves, round neck, above the knee, nude heels; light grey backdrop. Caption:
    # caption adapter (cut; the lace becomes "lattice"). Colour: VQA adapter. The rest: spans.
    case(
        "X1283-011",
        caption(
            "The upper clothing has short sleeves, cotton fabric and lattice patterns. The neckline of it is round. "
            "The lower clothing is of short length. The fabric is cotton and it has lattice patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("white", hit_limit=True),
        Q.pattern("lattice", "contradiction"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Vero Moda Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
    ),
    # Mustard A-line midi with a white block print, three-quarter sleeves, round neck with a keyhole, juttis; white
    # backdrop. Caption: caption adapter (cut; no bracelet in the photo, but the cut is what shows). All answers:
    # spans.
    case(
        "X1283-012",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Libas Women Mustard Yellow Printed Cotton A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Back view only: model with her back to the camera in a red short-sleeve fit-and-flare dress with a back zip,
    # bare wrists; white backdrop. Caption: caption adapter (cut). Colour and "Is this a dress?": VQA adapter. The
    # rest: spans. (No article type in this row of the feed.)
    case(
        "X1283-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "skirt this lady wears is of medium length. The skirt is with cotton fabric and pure color patterns. "
            "There is an accessory on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "no", "contradiction", hit_limit=True),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="DressBerry Women Red Solid Fit & Flare Dress",
        color="Red",
    ),
    # Black shirt dress with white polka dots, collar, long sleeves rolled to the elbow, self belt, white sneakers;
    # white backdrop. Caption: caption adapter (cut). Colour: VQA adapter (loop). The rest: spans.
    case(
        "X1283-014",
        caption(
            "This female wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The skirt this female wears is of medium length. The skirt is with cotton fabric and "
            "graphic patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", "contradiction"),
        Q.color(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white black and white black and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Harpa Women Black & White Polka Dot Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Navy-and-white vertically striped sleeveless culotte jumpsuit, round neck, mid-calf wide legs, white sneakers,
    # a sling bag; white backdrop. Caption: caption adapter (cut). Colour, sleeves and "Is this a jumpsuit?": VQA
    # adapter. wearing, garment type, pattern: spans.
    case(
        "X1283-015",
        caption(
            "This lady wears a tank tank top with stripe patterns. The tank top is with cotton fabric. It has a round "
            "neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and stripe",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with stripe patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("blue", hit_limit=True),
        Q.pattern("stripe"),
        Q.sleeve_length(
            "sleeveless Question: What is the sleeve length of the jumpsuit? Answer: sleeveless Question: What is the "
            "sleeve length of the",
            "leak",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes", hit_limit=True),
        gender="Women",
        title="Mast & Harbour Women Navy Blue Striped Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Girl in a pink sleeveless party dress, glitter tulle skirt to the knee, satin bow at the waist, silver shoes, a
    # pink headband; white backdrop. Caption: caption adapter (cut). Colour and sleeves: VQA adapter. The rest: spans.
    case(
        "X1283-016",
        caption(
            "The person wears a tank tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "skirt this person wears is of medium length. The skirt is with chiffon fabric and pure color patterns. "
            "The person wears a hat. The person",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns", "contradiction"),
        Q.color("pink", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", hit_limit=True),
        Q.material("chiffon"),
        gender="Girls",
        title="Hopscotch Girls Pink Self-Design Fit & Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Green georgette wrap midi with small white and yellow flowers, short flutter sleeves, V-neck, a straw bag in
    # hand; white backdrop. Caption: caption adapter (cut). All answers: spans.
    case(
        "X1283-017",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with chiffon fabric and floral patterns. "
            "There is an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="ONLY Women Green Floral Print Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Peach sleeveless skater dress worn under an open light-blue denim jacket, white sneakers; grey backdrop.
    # Caption: caption adapter (cut). Colour and sleeves: VQA adapter (both the jacket's). The rest: spans.
    case(
        "X1283-018",
        caption(
            "This lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. This lady "
            "wears a short skirt. The skirt is with cotton fabric and pure color patterns. This lady also wears an "
            "outer clothing, with denim",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns", "contradiction"),
        Q.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "other_garment_color",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves", "contradiction", hit_limit=True),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Peach Solid Skater Dress",
        category="Dresses",
        color="Peach",
    ),
    # Black halter-neck playsuit with shorts and a thin gold belt, black heels; white backdrop. Caption: caption
    # adapter (repeats one sentence to the limit). Colour and "Is this a playsuit?": VQA adapter. The rest: spans.
    case(
        "X1283-019",
        caption(
            "The lady wears a tank tank top with pure color patterns. The tank top is with cotton fabric. The tank top "
            "is with cotton fabric. The tank top is with cotton fabric. The tank top is with cotton fabric. The tank",
            "loop",
            hit_limit=True,
        ),
        wearing("a tank tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("black", hit_limit=True),
        Q.pattern("pure color"),
        Q.material("cotton"),
        is_a("playsuit", "yes", hit_limit=True),
        gender="Women",
        title="Athena Women Black Solid Playsuit with Belt",
        category="Playsuit",
        color="Black",
    ),
    # Girl in a navy-and-red tartan check A-line dress, sleeveless, white Peter Pan collar; white backdrop. Caption:
    # caption adapter (cut). Colour and sleeves: VQA adapter. The rest: spans. (No base colour in this row.)
    case(
        "X1283-020",
        caption(
            "The person wears a tank tank top with plaid patterns. The tank top is with cotton fabric and its "
            "neckline is lapel. The person wears a short skirt. The skirt is with cotton fabric and plaid patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with plaid patterns", "contradiction"),
        Q.color("red", hit_limit=True),
        Q.pattern("plaid"),
        Q.sleeve_length("sleeveless", hit_limit=True),
        Q.material("cotton"),
        details("dress", "its neckline is lapel"),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue & Red Checked A-Line Dress",
        category="Dresses",
    ),
    # Lavender satin slip midi, spaghetti straps, cowl neck, visible sheen; grey backdrop. Caption: caption adapter
    # (short template, ended cleanly, padding to the limit; calls the satin cotton). Colour: VQA adapter (loop). The
    # rest: spans.
    case(
        "X1283-021",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("no sleeves, cotton fabric and pure color patterns", "non_answer"),
        Q.color(
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton", "unsupported"),
        gender="Women",
        title="Athena Women Lavender Satin Slip Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Blue chambray utility jumpsuit, collar, button front, long sleeves rolled, tie belt, full length; white backdrop.
    # Caption: caption adapter (complete, ended on a full stop at the limit: shirt plus trousers). Colour and "Is this
    # a jumpsuit?": VQA adapter. The rest: spans.
    case(
        "X1283-022",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The trousers this lady wears is of long length. The trousers are with denim fabric "
            "and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("blue", hit_limit=True),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("jumpsuit", "its neckline is lapel"),
        is_a(
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Chambray Utility Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Girl with a short bob, photo cropped at the knee: red cotton fit-and-flare dress with a small white heart
    # print, short sleeves, round neck; white backdrop. Caption: caption adapter (a boy's template, "His ... this
    # guy", ended cleanly with padding). Colour: VQA adapter. The rest: spans.
    case(
        "X1283-023",
        caption(
            "His T-shirt has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The shorts "
            "this guy wears is of medium length. The shorts are with cotton fabric and graphic patterns.",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("red", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Girls",
        title="Peppermint Girls Red Printed Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Coral off-shoulder mini with a short ruffled sleeve band, opaque crepe, thin gold bracelet; white backdrop.
    # Caption: caption adapter (cut). Colour: VQA adapter (a new question turn). The rest: spans.
    case(
        "X1283-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with chiffon fabric. The "
            "lady wears a short skirt. The skirt is with chiffon fabric and pure color patterns. There is an "
            "accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color(
            "orange Question: What is the color of the dress? Answer: orange Question: What is the color of the dress? "
            "Answer: orange Question: What is",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Zink London Women Coral Solid Ruffled Off-Shoulder Dress",
        category="Dresses",
        color="Coral",
    ),
    # Flat lay on white, no model: green cotton A-line dress with a gold foil ethnic print, sleeveless, round neck.
    # Caption: caption adapter (cut; invents a lady wearing it). Colour and "Is this a dress?": VQA adapter. The
    # rest: spans.
    case(
        "X1283-025",
        caption(
            "This lady wears a tank tank top with graphic patterns. The tank top is with cotton fabric. It has a round "
            "neckline. This lady wears a medium-length skirt. The skirt is with cotton fabric and graphic patterns. "
            "This lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a tank tank top with graphic patterns", "contradiction"),
        Q.color("green", hit_limit=True),
        Q.pattern("graphic"),
        Q.material("cotton"),
        is_a("dress", "yes", hit_limit=True),
        gender="Girls",
        title="Biba Girls Green Printed A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Beige linen shirt dress, collar, button front, short sleeves, self belt, a woven bag; white backdrop. Caption:
    # caption adapter (cut). Colour: VQA adapter (one word, padding). The rest: spans.
    case(
        "X1283-026",
        caption(
            "This female wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. This female wears a long skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "contradiction", hit_limit=True),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Mango Women Beige Solid Linen Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # Black crepe jumpsuit with small white flowers, short sleeves, round neck, tapered legs; white backdrop. Caption:
    # caption adapter (cut). "Is this a jumpsuit?": VQA adapter. The rest: spans. (No base colour in this row.)
    case(
        "X1283-027",
        caption(
            "The lady is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with chiffon fabric and floral patterns. "
            "There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("jumpsuit", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="Harpa Women Black Floral Print Basic Jumpsuit",
        category="Jumpsuit",
    ),
    # Girl in a mustard corduroy dungaree playsuit (straps, shorts) over a black-and-white striped long-sleeve tee;
    # white backdrop. Caption: caption adapter (cut; the tee is the "T-shirt"). Colour: VQA adapter. The rest: spans,
    # three of them the tee's.
    case(
        "X1283-028",
        caption(
            "The person wears a long-sleeve T-shirt with stripe patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The person wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with stripe patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("yellow", hit_limit=True),
        Q.pattern("stripe", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="YK Girls Mustard Yellow Solid Corduroy Playsuit",
        category="Playsuit",
        color="Mustard",
    ),
    # White cotton maxi with an indigo ethnic print, three-quarter sleeves, V-neck with tassels, tiered, silver
    # jhumkas; white backdrop. Caption: caption adapter (repeats the skirt sentences). Colour: VQA adapter. The rest:
    # spans.
    case(
        "X1283-029",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The lady wears a long skirt. The skirt is with cotton fabric and graphic patterns. "
            "The lady wears a long skirt. The skirt is",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt with graphic patterns", "contradiction"),
        Q.color("white", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is v-shape"),
        gender="Women",
        title="Anouk Women White & Blue Printed Cotton Maxi Dress",
        category="Dresses",
        color="White",
    ),
    # Burgundy velvet bodycon mini, long sleeves, square neck; dark grey backdrop. Caption: caption adapter (cut;
    # reads the velvet pile as fur). Colour: VQA adapter. The rest: spans.
    case(
        "X1283-030",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with furry fabric. It has a "
            "square neckline. The lady wears a short skirt. The skirt is with furry fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("red", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "unsupported"),
        details("dress", "It has a square neckline"),
        gender="Women",
        title="Rare Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Girl in a peach party gown: sequinned bodice with cap sleeves, layered net skirt to the ankle; white backdrop.
    # Caption: caption adapter (neutral template, ended cleanly, padding). Colour and "Is this a dress?": VQA adapter.
    # The rest: spans.
    case(
        "X1283-031",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "long length. The fabric is chiffon and it has pure color patterns.",
            hit_limit=True,
        ),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pink", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        is_a("dress", "yes", hit_limit=True),
        gender="Girls",
        title="Cutecumber Girls Peach Embellished Net Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Rust wrap-front culotte jumpsuit, short sleeves, V-neck, mid-calf legs; white backdrop. Caption: caption adapter
    # (cut). Colour and "Is this a jumpsuit?": VQA adapter. The rest: spans.
    case(
        "X1283-032",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is v-shape. The trousers this lady wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("trousers", "contradiction"),
        Q.color(
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is "
            "this a jumpsuit? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Kassually Women Rust Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Teal cotton kaftan maxi with white floral motifs, wide elbow-length sleeves, V-neck with a tassel tie; white
    # backdrop. Caption: caption adapter (cut). All answers: spans. (No gender in this row.)
    case(
        "X1283-033",
        caption(
            "The upper clothing has short sleeves, cotton fabric and floral patterns. The neckline of it is v-shape. "
            "The lower clothing is of long length. The fabric is cotton and it has floral patterns. There is an "
            "accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("The upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        title="Vishudh Women Teal Printed Cotton Kaftan Dress",
        category="Dresses",
        color="Teal",
    ),
    # Girl in a navy playsuit with small white flowers, thin straps, shorts, holding a balloon; white backdrop.
    # Caption: caption adapter (cut). Colour and "Is this a playsuit?": VQA adapter. The rest: spans.
    case(
        "X1283-034",
        caption(
            "The person wears a tank tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "suspenders neckline. The person wears a three-point shorts. The shorts are with cotton fabric and floral "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("three-point shorts", "contradiction"),
        Q.color("navy", hit_limit=True),
        Q.pattern("floral"),
        Q.sleeve_length("suspenders"),
        is_a(
            "playsuit",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Marks & Spencer Girls Navy Blue Floral Print Playsuit",
        category="Playsuit",
        color="Navy Blue",
    ),
    # Model seated on a white stool in a black-and-white houndstooth check A-line dress (woven polyester), long
    # sleeves, round neck; grey backdrop. Caption: caption adapter (cut; reads the check as a knit). Colour: VQA
    # adapter. The rest: spans.
    case(
        "X1283-035",
        caption(
            "This lady wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric and its "
            "neckline is round. This lady wears a short skirt. The skirt is with knitting fabric and lattice "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black and white", hit_limit=True),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting", "unsupported"),
        gender="Women",
        title="Chemistry Women Black & White Checked A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # Yellow cotton tiered maxi, spaghetti straps, square neck; white backdrop; no jewellery. Caption: caption adapter
    # (cut). Colour: VQA adapter. The rest: spans. (No gender in this row.)
    case(
        "X1283-036",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.color("yellow", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("cotton"),
        details("dress", "It has a suspenders neckline"),
        title="Bitterlime Women Yellow Solid Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Green playsuit, long puff sleeves, square neck, shorts; white backdrop. Caption: caption adapter (cut). Colour
    # and "Is this a playsuit?": VQA adapter. The rest: spans.
    case(
        "X1283-037",
        caption(
            "This female wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is square. This female wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        is_a("playsuit", "yes", hit_limit=True),
        gender="Women",
        title="Trendyol Women Green Solid Playsuit",
        category="Playsuit",
        color="Green",
    ),
    # Girl in a white cotton A-line dress with blue flowers, short sleeves, round neck, pink hair band, white socks;
    # white backdrop. Caption: caption adapter (cut). "Is this a dress?": VQA adapter. The rest: spans. (No base
    # colour in this row.)
    case(
        "X1283-038",
        caption(
            "The person wears a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The person wears a short skirt. The skirt is with cotton fabric and floral patterns. The "
            "person wears",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("short skirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes", hit_limit=True),
        gender="Girls",
        title="Gini and Jony Girls White & Blue Floral Print A-Line Dress",
        category="Dresses",
    ),
    # Model with a pixie cut in a navy short-sleeve shirt dress to the knee, collar, white sneakers; white backdrop.
    # Caption: caption adapter (a man's template, also cut at the limit). Colour: VQA adapter. The rest: spans.
    case(
        "X1283-039",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The gentleman wears a medium-length shorts. The shorts are with cotton fabric and "
            "pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("medium-length shorts", "contradiction"),
        Q.color("navy", hit_limit=True),
        Q.sleeve_length("short-sleeve"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Dorothy Perkins Women Navy Blue Solid Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Girl in a pink sleeveless full-length jumpsuit with a unicorn print, round neck; white backdrop. Caption:
    # caption adapter (cut). Colour and "Is this a jumpsuit?": VQA adapter. The rest: spans.
    case(
        "X1283-040",
        caption(
            "The person wears a tank tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The pants this person wears is of long length. The pants are with cotton fabric and "
            "graphic patterns. There",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("pants", "contradiction"),
        Q.color("pink", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("long length", "contradiction"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes", hit_limit=True),
        gender="Girls",
        title="Pspeaches Girls Pink Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Pink",
    ),
    # Multicoloured block-printed cotton maxi (orange, green and blue motifs on ivory), sleeveless halter; white
    # backdrop. Caption: caption adapter (cut; calls the print colour block). All answers: spans.
    case(
        "X1283-041",
        caption(
            "The lady wears a tank tank top with color block patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a long skirt. The skirt is with cotton fabric and color block patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Rain & Rainbow Women Multicoloured Printed Cotton Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Light-blue denim shirt dress, collar, long sleeves rolled, belt, a watch; white backdrop. Caption: caption
    # adapter (cut). Colour: VQA adapter. The rest: spans.
    case(
        "X1283-042",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. This lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("blue", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Vero Moda Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Girl in a maroon velvet fit-and-flare dress, long sleeves, white lace collar; white backdrop. Caption: caption
    # adapter (cut). Colour: VQA adapter (loop). The rest: spans.
    case(
        "X1283-043",
        caption(
            "The person wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The person wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. The person",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender="Girls",
        title="Naughty Ninos Girls Maroon Velvet Fit and Flare Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Black ribbed-knit bodycon midi, long sleeves, turtle neck, a tan handbag in hand; white backdrop. Caption:
    # caption adapter (repeats the skirt sentences). Colour: VQA adapter. The rest: spans.
    case(
        "X1283-044",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. The "
            "lady wears a long skirt. The skirt is with knitting fabric and pure color patterns. The lady wears a "
            "long skirt. The skirt is with knitting",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.color("black", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # White cotton broderie anglaise tiered mini, short puff sleeves, square neck; white backdrop. Caption: caption
    # adapter (neutral template, ended cleanly, padding). Colour and "Is this a dress?": VQA adapter. The rest: spans.
    case(
        "X1283-045",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a square neckline. "
            "The lower clothing is of short length. The fabric is cotton and it has pure color patterns.",
            hit_limit=True,
        ),
        wearing("short sleeves, cotton fabric and pure color patterns", "non_answer"),
        Q.color("white", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        is_a("dress", "yes", hit_limit=True),
        gender="Women",
        title="Berrylush Women White Broderie Anglaise Tiered Dress",
        category="Dresses",
        color="White",
    ),
]
