"""BLIND_1307 (45 products; Myntra dresses, epoch-1 captions, mdeberta spans): written blind in the sixty-third session.
Measured blind at 0a90725 (the session's third rules): 109/139 failures found (78.4%) and 18/221 correct texts
flagged (8.1%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's and girls' dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra writes them; gender Women or Girls). Shots are the catalog's usual: a model on a plain
light backdrop in heels or sneakers, sometimes a blazer, shrug, denim jacket or white tee styled with the product, a
bag, straw hat or teddy bear as a prop, two flat lays (006, 038) and two back views (017, 033). Every product was
captioned by the epoch-1 caption adapter and asked the same seven questions: what the person wears, garment type,
colour, pattern, sleeve length, material, and "What are the <dress|jumpsuit|playsuit> details?".
Who wrote what: the caption is the epoch-1 caption adapter's (leoreigoto Data2_V2 ... First_Epoch), greedy, 50 new
tokens. It only knows the DeepFashion-MultiModal template: "The lady wears a ... with pure color patterns. The dress
is with cotton fabric and its neckline is round. There is an accessory on her wrist." It never names a hue and it
never stops: every caption ran to the 50-token limit, so every caption has hit_limit=True. Most end mid-sentence or
start the template again; a few (029, 031, 045) end on a full stop because the model learnt to pad after the template
(padding was in the labels) and the pads decode to nothing. Jumpsuits and playsuits have no name in that template, so
the adapter usually splits them into a "shirt"/"tank shirt" and "pants"/"shorts" (once "rompers", twice "dress"). Each
answer is a span that timpal0l/mdeberta-v3-base-squad2 extracted from that caption (always a verbatim piece of it);
when the QA model returned no span, the VQA adapter (Data3_V3_BLIP2_VQA, 30 new tokens) answered from the image. The
fallback happened mostly for colour when the caption said "floral"/"graphic"/"striped" rather than "pure color", and
for a few type/material/details questions. The VQA fallback loops ("navy blue navy blue ..."), leaks the training
format ("pink Question: What is the color of the shorts? Answer: pink ..."), or now and then stops after one clean
word. Extracted spans have no token limit of their own, so they never carry hit_limit, even when the span is cut
because the caption was (036's "chiff").
Labeling conventions and judgement calls: one label per text. A caption that is both cut and wrong in content gets the
content label (contradiction, unsupported, pronoun) and keeps hit_limit=True; a caption that is only cut gets "cut";
one that restarts its template gets "loop". A caption that ends on a full stop at the limit with correct content is
left unmarked with hit_limit=True. "pure color" for the colour question is a non_answer (a pattern word, no hue); for
the pattern question it is right (solid). A jumpsuit or playsuit called a shirt/tank shirt plus pants/shorts, or a
dress, is a contradiction of the seller's article type (caption, wearing and garment type alike); "rompers" for a
playsuit and the VQA's "jumpsuit"/"romper" are right. A sleeve length, fabric, neckline or accessory that is wrong
only by the photo (the blazer's or shrug's long sleeves read as the dress's, "leather" for sequins, a ring on a child,
a hat or wrist accessory in a flat lay) is unsupported; a fabric that the title names otherwise (Georgette, Cotton,
Satin) is a contradiction. A colour answer that is the colour of the blazer, shrug, denim jacket, white tee or bag is
other_garment_color, even when it loops; a fallback colour that is the product's but loops is a loop. "cotton" is
accepted where the product really is cotton or a cotton blend and marked unsupported where it is crepe, polyester,
stretch or satin. "other" for material is a non_answer. Near synonyms are accepted: chiffon for georgette, suspenders
for halter or spaghetti straps, lattice for checks, graphic for polka dots and ethnic prints, orange for rust, white
for off-white, square for a sweetheart neckline, a self-tie read as a belt. In the flat lay (006) "a sleeveless dress
with floral patterns" for what the person wears is left unmarked: there is nobody, but it names the product rightly. A
details answer that names a hat (027) is an accessory answered as the garment: contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, details, wearing

BLIND_1307 = [
    # Front view: navy fit-and-flare dress with small white flowers, flutter short sleeves, round neck, knee length,
    # white sneakers, a watch; light polyester georgette. Caption: adapter, restarts the template (loop). Answers:
    # mdeberta spans, except colour (no span: VQA fallback, loops).
    case(
        "X1307-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The lady wears a short-sleeve dress with floral "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Roadster Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Front view: black ribbed-knit sleeveless bodycon midi, square neck, nude heels, bracelet, thin chain necklace,
    # rings. Caption: adapter, cut. Answers: all mdeberta spans.
    case(
        "X1307-002",
        caption(
            "Her dress has no sleeves, knitted fabric and pure color patterns. It has a square neckline. The dress is "
            "of three-quarter length. There is an accessory on her wrist. This lady has neckwear. The female is "
            "wearing a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("no sleeves"),
        Q.material("knitted"),
        details("dress", "It has a square neckline"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Front view: girl of about eight in a red self-design (dobby) cotton fit-and-flare dress, flutter sleeves, round
    # neck, bow at the waist, white shoes. Caption: adapter, loops. Answers: mdeberta spans.
    case(
        "X1307-003",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric and its neck",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Girls",
        title="Cherry Crumble Girls Red Self-Design Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Front view: olive sleeveless polyester-crepe jumpsuit, V neck, tie belt, wide ankle-length legs, white sneakers.
    # Caption: adapter, splits it into a tank shirt and pants (contradiction), cut at the limit. Answers: spans.
    case(
        "X1307-004",
        caption(
            "Her tank shirt has sleeves cut off, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "pants the female wears is of long length. The pants are with cotton fabric and pure color patterns. The "
            "female wears a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank shirt", "contradiction"),
        Q.garment_type("tank shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton", "unsupported"),
        details("jumpsuit", "The female wears a belt"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Front view: pink playsuit with white flowers, short puff sleeves, square neck, shorts, white heels, no jewellery;
    # georgette. Caption: adapter, shirt + shorts (contradiction), cut. Colour: VQA fallback leaks the prompt format.
    case(
        "X1307-005",
        caption(
            "This lady wears a short-sleeve shirt with floral patterns and a three-point shorts. The shirt is with "
            "chiffon fabric and its neckline is square. The shorts are with chiffon fabric and floral patterns. There "
            "is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns and a three-point shorts", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            "pink Question: What is the color of the shorts? Answer: pink Question: What is the color of the shirt? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("playsuit", "its neckline is square"),
        gender="Women",
        title="Berrylush Women Pink Floral Print Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Flat lay on white: yellow sleeveless cotton jersey dress with small white daisies; nobody in the picture.
    # Caption: adapter invents the wearer's wrist accessory and ring (unsupported), cut. Colour: VQA fallback, one
    # clean word. Rest: spans.
    case(
        "X1307-006",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is round. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears a "
            "sleeveless dress with",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Girls",
        title="H&M Girls Yellow Printed Cotton Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Front view: black cap-sleeve polyester sheath dress, round neck, under an open camel blazer; black heels, watch.
    # Caption: adapter reads the blazer's sleeves as the dress's (unsupported), cut. Colour: VQA fallback gives the
    # blazer's colour.
    case(
        "X1307-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The outer clothing this person wears is with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "unsupported"),
        Q.garment_type("dress"),
        Q.color("brown", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton", "unsupported"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="AND Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Front view: rust cotton maxi with white ethnic block print, three-quarter sleeves, round neck with keyhole,
    # juttis, bangles. Caption: adapter, cut. Colour: VQA fallback loops on a near synonym.
    case(
        "X1307-008",
        caption(
            "This lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress the female wears is of long length. There is an accessory on her wrist. The "
            "female wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Biba Women Rust Orange Printed Cotton Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Front view: maroon satin wrap midi dress, long sleeves, V neck, self-tie at the waist, gold hoop earrings, no
    # necklace. Caption: adapter, "in his her neck" (the data's template slip) for a neck accessory she does not
    # wear, cut. Answers: spans; material "other" says nothing.
    case(
        "X1307-009",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is V-shape. There is an accessory in his her neck. The lady wears a belt. The dress the female "
            "wears is of three",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        details("dress", "The lady wears a belt"),
        gender="Women",
        title="DressBerry Women Maroon Solid Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Front view: girl in a navy-and-white horizontally striped sleeveless cotton A-line dress, round neck, white
    # sneakers, a small straw bag. Caption: adapter, loops. Colour: VQA fallback, clean.
    case(
        "X1307-010",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric and its neckline "
            "is round. The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric and "
            "its neckline is round. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("navy blue and white"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Girls",
        title="Gini and Jony Girls Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Front view: mustard cotton culotte jumpsuit, short sleeves, round neck, waist tie, calf-length legs, white
    # sneakers, watch. Caption: adapter, shirt + three-quarter pants (contradiction), cut. Answers: spans.
    case(
        "X1307-011",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-quarter pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a three-quarter pants", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("jumpsuit", "its neckline is round"),
        gender="Women",
        title="Athena Women Mustard Yellow Solid Cotton Culotte Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Front view: mid-blue denim playsuit, short sleeves, shirt collar, button front, self belt, white sneakers.
    # Caption: adapter calls it rompers (right) and restarts the template (loop). Colour: VQA fallback, clean.
    case(
        "X1307-012",
        caption(
            "This female wears a short-sleeve rompers with pure color patterns. The rompers is with denim fabric and "
            "its neckline is lapel. The lady wears a belt. This female wears a short-sleeve rompers with pure color "
            "patterns. The rompers",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve rompers with pure color patterns"),
        Q.garment_type("rompers"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        details("playsuit", "The lady wears a belt"),
        gender="Women",
        title="ONLY Women Blue Denim Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Front view: green georgette wrap dress with white polka dots, flutter short sleeves, V neck, knee length, heels,
    # bracelet and a ring. Caption: adapter, cut. Colour: VQA fallback loops.
    case(
        "X1307-013",
        caption(
            "Her dress has short sleeves, chiffon fabric and graphic patterns. It has a V-shape neckline. The dress "
            "the female wears is of medium short length. There is an accessory on her wrist. The female wears a ring "
            "on her finger. This",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Harpa Women Green Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Front view: black cotton-twill utility jumpsuit, long roll-up sleeves, shirt collar, button placket, pockets,
    # belt, full length, sneakers. Caption: adapter, shirt + long pants (contradiction), cut. Garment type: no span,
    # VQA fallback says jumpsuit (right, clean).
    case(
        "X1307-014",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. This lady "
            "wears a long-sleeve shirt with pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", "contradiction"),
        Q.garment_type("jumpsuit"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("jumpsuit", "its neckline is lapel"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Front view: girl in a peach party dress, sleeveless sequinned satin bodice, net flared skirt to the knee, a
    # flower hairband, silver shoes. Caption: adapter invents a hat and says three-quarter length (unsupported), cut.
    # Colour: VQA fallback, clean. Material "chiffon" for net: unsupported.
    case(
        "X1307-015",
        caption(
            "This female wears a sleeveless dress with mixed patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress the female wears is of three-quarter length. The lady has a hat in her head. "
            "This female wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with mixed patterns"),
        Q.garment_type("dress"),
        Q.color("peach"),
        Q.pattern("mixed"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        details("dress", "The lady has a hat in her head", "unsupported"),
        gender="Girls",
        title="Pspeaches Girls Peach-Coloured Embellished Fit & Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Front view: off-white cotton A-line dress with blue floral motifs, three-quarter sleeves, mandarin collar, calf
    # length, bangles, kolhapuris. Caption: adapter, cut. Colour: VQA fallback loops.
    case(
        "X1307-016",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is stand-up. The dress the female wears is of long length. There is an accessory on her wrist. "
            "The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is stand-up"),
        gender="Women",
        title="W Women Off-White & Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Back view: red sleeveless stretch-polyester bodycon mini, back zip, bracelet; the front has a square neck.
    # Caption: adapter, cut (a round neckline it cannot see). Colour: VQA fallback, clean.
    case(
        "X1307-017",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress the female wears is of medium short length. There is an accessory on her "
            "wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("dress", "its neckline is round", "unsupported"),
        gender="Women",
        title="Kassually Women Red Solid Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Front view: teal cotton tiered maxi with white flowers, long sleeves, V neck, rings, juttis, a cotton jhola bag.
    # Caption: adapter, cut. Colour: VQA fallback leaks the format.
    case(
        "X1307-018",
        caption(
            "This lady wears a long-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The dress the female wears is of long length. The female wears a ring on her finger. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "blue Question: What is the color of the dress? Answer: blue Question: What is the color of the dress?",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is V-shape"),
        gender="Women",
        title="Global Desi Women Teal Blue Floral Print Tiered Cotton Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Front view: lavender spaghetti-strap playsuit with shorts and a ruffle hem, white sneakers; georgette.
    # Caption: adapter, tank shirt + shorts (contradiction), cut. Garment type: no span, VQA fallback loops on "romper".
    case(
        "X1307-019",
        caption(
            "Her tank shirt has sleeves cut off, chiffon fabric and pure color patterns. It has a suspenders neckline. "
            "The shorts the female wears is of three-point length. The shorts are with chiffon fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank shirt", "contradiction"),
        Q.garment_type(
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper "
            "romper romper romper romper romper romper romper romper romper romper romper romper romper romper romper",
            "loop",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("chiffon"),
        details("playsuit", "suspenders neckline"),
        gender="Women",
        title="Femella Women Lavender Solid Playsuit",
        category="Playsuit",
        color="Lavender",
    ),
    # Front view: girl in a pink sleeveless cotton A-line dress under a white knitted shrug with long sleeves.
    # Caption: adapter gives the dress the shrug's sleeves (unsupported), cut. Colour: VQA fallback gives the shrug's
    # white and loops.
    case(
        "X1307-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The outer clothing this person wears is with knitted fabric and pure color patterns. "
            "The lady wears a long",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", "unsupported"),
        Q.garment_type("dress"),
        Q.color(
            "white-white-white-white-white-white-white-white-white-white-white-white-white-white-white",
            "other_garment_color",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Girls",
        title="Peppermint Girls Pink Self-Design A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Front view: pink georgette floral maxi, flutter sleeves, V neck, ruffled hem, bracelet, ring. Caption: adapter
    # says cotton where the title says georgette (contradiction), cut. Colour: VQA fallback, clean.
    case(
        "X1307-021",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is V-shape. The dress the female wears is of long length. There is an accessory on her wrist. "
            "This lady wears a ring",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "contradiction"),
        details("dress", "its neckline is V-shape"),
        gender="Women",
        title="Sirikit Women Pink Floral Print Georgette Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Front view: beige cotton-linen shirt dress, long roll-up sleeves, collar, button front, fabric belt, knee
    # length, brown sandals. Caption: adapter calls it a shirt and restarts (loop). Answers: spans; "shirt" for a
    # shirt dress contradicts the seller.
    case(
        "X1307-022",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a belt. This lady wears a long-sleeve shirt with pure color patterns. "
            "The shirt is with cotton fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="Chemistry Women Beige Solid Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # Front view: mauve sleeveless ruched bodycon mini in stretch polyester, square neck, strappy heels. Caption:
    # adapter repeats its first sentence. No span for material or details: VQA fallback for both.
    case(
        "X1307-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The lady wears a sleeveless dress with pure "
            "color patterns. The lady wears a sleeveless dress with pure color patterns. The lady wears a sleeveless "
            "dress with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details(
            "dress",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the neckline, "
            "the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Mauve Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Front view: woman with a short crop in a grey short-sleeve cotton-blend jumpsuit with collar and belt, white
    # sneakers. Caption: adapter calls her a gentleman (pronoun) and splits shirt + pants, cut.
    case(
        "X1307-024",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. This "
            "gentleman wears a belt. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long pants", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("jumpsuit", "a belt"),
        gender="Women",
        title="Van Heusen Woman Grey Solid Jumpsuit",
        category="Jumpsuit",
        color="Grey",
    ),
    # Front view: girl in a sky-blue cotton dress with a unicorn print, short sleeves, Peter Pan collar, holding a
    # teddy bear; no necklace, no ring. Caption: adapter invents a neck accessory and a ring (unsupported), cut.
    case(
        "X1307-025",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is lapel. There is an accessory in his her neck. The lady wears a ring on her finger. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("light blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "There is an accessory in his her neck", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls Blue Printed Cotton Dress",
        category="Dresses",
        color="Blue",
    ),
    # Front view: black georgette wrap midi with red and white flowers, long sleeves, V neck, heels, bracelet.
    # Caption: adapter, cut. Colour: VQA fallback, clean.
    case(
        "X1307-026",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress the female wears is of three-quarter length. There is an accessory on her "
            "wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details("dress", "V-shape"),
        gender="Women",
        title="Vero Moda Women Black Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Front view: white off-shoulder crepe playsuit with a frill, shorts, tan sandals, a straw hat on her head.
    # Caption: adapter, shirt + shorts (contradiction), cut. Details: the span names the hat.
    case(
        "X1307-027",
        caption(
            "This lady wears a sleeveless shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric. The shorts are with cotton fabric and pure color patterns. The lady has a hat in her head. "
            "This lady wears a sleeveless",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless shirt with pure color patterns and a three-point shorts", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("playsuit", "The lady has a hat in her head", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women White Solid Off-Shoulder Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Front view: girl in a green-and-white checked cotton shirt dress, short sleeves, collar, button front. Caption:
    # adapter calls it a shirt and loops. Colour: VQA fallback, clean.
    case(
        "X1307-028",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton "
            "fabric and its neckline is lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with lattice patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is lapel"),
        gender="Girls",
        title="Nautinati Girls Green & White Checked Shirt Dress",
        category="Dresses",
        color="Green",
    ),
    # Front view: red polyester-crepe fit-and-flare dress, cap sleeves, sweetheart neckline, knee length, watch.
    # Caption: adapter, ends on a full stop at the limit (pads after the template): correct. Answers: spans.
    case(
        "X1307-029",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is square. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("other", "non_answer"),
        details("dress", "its neckline is square"),
        gender="Women",
        title="AND Women Red Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Front view: black crepe jumpsuit with a white geometric print, halter neck, sleeveless, palazzo legs, heels.
    # Caption: adapter calls it a long dress (contradiction), cut. Colour: VQA fallback, clean.
    case(
        "X1307-030",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress the female wears is of long length. There is an accessory on her "
            "wrist. The lady wears a ring",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("black and white"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        details("jumpsuit", "its neckline is suspenders"),
        gender="Women",
        title="Tokyo Talkies Women Black Printed Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Front view: blue smocked fit-and-flare mini with white flowers, puff short sleeves, square neck, bracelet,
    # ring; georgette. Caption: adapter, full stop at the limit: correct. Colour: VQA fallback, clean.
    case(
        "X1307-031",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. It has a square neckline. The dress the "
            "female wears is of medium short length. There is an accessory on her wrist. The female wears a ring on "
            "her finger.",
            hit_limit=True,
        ),
        wearing("dress"),
        Q.garment_type("dress"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        details("dress", "square neckline"),
        gender="Women",
        title="Berrylush Women Blue Floral Print Smocked Fit & Flare Dress",
        category="Dresses",
    ),
    # Front view: mid-blue sleeveless denim jumpsuit, collar, button front, belt, full length, sneakers. Caption:
    # adapter, shirt + long pants (contradiction), cut. Wearing: the span is the belt. Colour: VQA fallback loops.
    case(
        "X1307-032",
        caption(
            "This lady wears a sleeveless shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric and its neckline is lapel. The pants are with denim fabric and pure color patterns. The lady "
            "wears a belt. This",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a belt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            "blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue-blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("denim"),
        details("jumpsuit", "its neckline is lapel"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Back view: lime green crepe strappy mini with a tie-up open back. Caption: adapter, loops. Details: the span is
    # the garment phrase, which does carry two details (left unmarked).
    case(
        "X1307-033",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "the female wears is of medium short length. The lady wears a sleeveless dress with pure color patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("dress", "sleeveless dress with pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Lime Green Solid Backless Dress",
        category="Dresses",
        color="Lime Green",
    ),
    # Front view: girl in a purple cotton jumpsuit with white stars, short sleeves, round neck, cropped legs.
    # Caption: adapter, shirt + three-quarter pants (contradiction), cut. Colour: VQA fallback, clean.
    case(
        "X1307-034",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a three-quarter pants. The shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. The lady "
            "wears a short-sleeve",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a three-quarter pants", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("jumpsuit", "its neckline is round"),
        gender="Girls",
        title="Gini and Jony Girls Purple Printed Cotton Jumpsuit",
        category="Jumpsuit",
        color="Purple",
    ),
    # Front view: black sequinned long-sleeve bodycon mini on a mesh base, round neck, heels, bracelet. Caption:
    # adapter calls the fabric leather (unsupported), cut.
    case(
        "X1307-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with leather fabric and its "
            "neckline is round. The dress the female wears is of medium short length. There is an accessory on her "
            "wrist. The lady wears a ring",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("leather", "unsupported"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Front view: tiered georgette midi with multicoloured flowers on cream, puff short sleeves, V neck, bracelet,
    # ring. Caption: adapter, cut inside "chiffon"; the material span is cut with it. Colour: VQA fallback loops.
    case(
        "X1307-036",
        caption(
            "This lady wears a short-sleeve dress with floral patterns. It has a V-shape neckline. The dress the "
            "female wears is of three-quarter length. There is an accessory on her wrist. The female is wearing a ring "
            "on her finger. The dress is with chiff",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiff", "cut"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Harpa Women Multicoloured Floral Print Tiered Midi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Front view: navy cotton A-line dress with pockets, short sleeves, round neck, white sneakers, tan crossbody bag.
    # Caption: adapter, loops. Colour: VQA fallback loops on the bag's brown.
    case(
        "X1307-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton "
            "fabric and",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color(
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "other_garment_color",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Allen Solly Woman Navy Blue Solid A-Line Dress",
        color="Navy Blue",
    ),
    # Flat lay: yellow polyester playsuit with small white flowers, sleeveless, V neck, shorts. Caption: adapter, tank
    # shirt + shorts (contradiction), cut. Colour: VQA fallback loops.
    case(
        "X1307-038",
        caption(
            "Her tank shirt has sleeves cut off, cotton fabric and floral patterns. It has a V-shape neckline. The "
            "shorts the female wears is of three-point length. The shorts are with cotton fabric and floral patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("tank shirt", "contradiction"),
        Q.garment_type("tank shirt", "contradiction"),
        Q.color(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton", "unsupported"),
        details("playsuit", "V-shape neckline"),
        gender="Women",
        title="Tokyo Talkies Women Yellow Floral Print Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Front view: girl in a pink floral cotton fit-and-flare dress (sleeveless, round neck) under a blue denim jacket.
    # Caption: adapter takes the jacket's sleeves, fabric and lapel for the dress's (unsupported), cut. Colour: VQA
    # fallback gives the jacket's blue.
    case(
        "X1307-039",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with denim fabric and its neckline "
            "is lapel. The outer clothing this person wears is with denim fabric and pure color patterns. The lady "
            "wears a long-sleeve",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", "unsupported"),
        Q.garment_type("dress"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve", "unsupported"),
        Q.material("denim", "unsupported"),
        details("dress", "its neckline is lapel", "unsupported"),
        gender="Girls",
        title="UTH by Aditya Birla Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Front view: green cotton flared dress with gold ethnic motifs, three-quarter sleeves, round neck, ankle length,
    # bangles. Caption: adapter, cut. Colour: VQA fallback leaks two training prompts.
    case(
        "X1307-040",
        caption(
            "This lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress the female wears is of long length. There is an accessory on her wrist. "
            "This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "green Question: What is the color of the dress? Answer: green Question: Is this a dress? Answer: yes "
            "Question:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Biba Women Green Ethnic Motifs Printed Cotton Flared Dress",
        category="Dresses",
        color="Green",
    ),
    # Front view: black crepe one-shoulder wide-leg jumpsuit, the legs falling like a maxi skirt, heels, bracelet,
    # ring. Caption: adapter calls it a long dress (contradiction), cut. Details: no span, VQA fallback restates.
    case(
        "X1307-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress "
            "the female wears is of long length. There is an accessory on her wrist. The lady wears a ring on her "
            "finger. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        gender="Women",
        title="Berrylush Women Black Solid One-Shoulder Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Front view: girl in a white cotton A-line dress with self-coloured schiffli embroidery, sleeveless, round neck,
    # a pink hairband, no hat. Caption: adapter invents a hat and loops (loop). Details: the span is the hat.
    case(
        "X1307-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The lady wears a hat. The lady wears a sleeveless dress with pure color patterns. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "The lady wears a hat", "unsupported"),
        gender="Girls",
        title="Cherry Crumble Girls White Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Front view: girl in a blue printed cotton-poplin playsuit with small white dots, short sleeves, round neck,
    # shorts; no ring. Caption: adapter, shirt + shorts (contradiction), cut. Material "denim" against the title's
    # cotton. Colour: VQA fallback, clean.
    case(
        "X1307-043",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "denim fabric and its neckline is round. The shorts are with denim fabric and graphic patterns. The lady "
            "wears a ring on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a three-point shorts", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim", "contradiction"),
        details("playsuit", "its neckline is round"),
        gender="Girls",
        title="H&M Girls Blue Printed Cotton Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Front view: green satin slip midi (spaghetti straps, cowl neck) styled over a white short-sleeve crew-neck tee,
    # white sneakers. Caption: adapter describes the tee and a "long skirt" (contradiction), cut. Every answer takes
    # the tee's attributes; colour from the VQA fallback is the tee's white.
    case(
        "X1307-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with other fabric and pure color patterns. "
            "The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "unsupported"),
        Q.material("cotton", "contradiction"),
        details("dress", "its neckline is round", "unsupported"),
        gender="Women",
        title="Vero Moda Women Green Solid Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Front view: rust cotton tiered midi, puff short sleeves, square neck, white sneakers. Caption: adapter, full
    # stop at the limit: correct. Colour: VQA fallback, clean near synonym.
    case(
        "X1307-045",
        caption(
            "This female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress the female wears is of three-quarter length.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is square"),
        gender="Women",
        title="Roadster Women Rust Orange Solid Tiered Cotton Midi Dress",
        category="Dresses",
        color="Rust",
    ),
]
