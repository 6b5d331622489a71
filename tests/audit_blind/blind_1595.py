"""BLIND_1595 (45 products; Myntra dresses/jumpsuits/playsuits, epoch-1 caption + mdeberta spans + VQA fallback):
written blind in the sixty-sixth session. Measured blind at 9074ceb (the session's fourth rules): 99/112 failures
found (88.4%) and 8/162 correct texts flagged (4.9%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's and girls' dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra spells them; gender Women or Girls, one column left out here and there). Each
product is captioned by the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy, 50 new
tokens); the questions are answered by timpal0l/mdeberta-v3-base-squad2 over that caption, and only when the QA model
returns no span does the job ask the VQA adapter (Data3_V3_BLIP2_VQA, 30 new tokens). Photos are the catalog's usual
front shots on a plain backdrop, with a few flat lays, a back view, props (basket, stool, bag) and layers (denim
jacket, camel coat, a tee under a pinafore or a dungaree-style jumpsuit).
Who wrote what: every caption is the epoch-1 adapter's DeepFashion template ("The lady wears a sleeveless dress with
pure color patterns. The dress is with cotton fabric. ..."); it has no end token, so every caption ran to the 50-token
limit (hit_limit on all of them) and most stop mid-sentence; one stops by luck on a full stop. Answers to wearing,
type, pattern, sleeves, material, description and details are mostly mdeberta spans copied out of the caption (short,
never at a limit, but they inherit the caption's mistakes, and a span taken from the caption's cut tail is cut too).
The template has no hue words, so the color question either gets a pattern span ("pure color", "floral") or falls back
to the VQA adapter; the yes/no "Is this a jumpsuit?" always falls back (a span model cannot say yes). The VQA adapter
pads out to its 30-token limit after a short answer (the pads vanish on decode), so its clean answers carry hit_limit
too; on some photos it loops or starts the next "Question: ... Answer:" instead.
Labeling conventions and judgement calls: one failure kind per text; where a text has two faults I label the one that
matters more to a reader (a caption calling a jumpsuit "a tank top ... and a long pants" is a contradiction even though
it is also cut; a caption that only runs out mid-sentence is cut). Jumpsuits and playsuits split into an upper and a
lower garment, or called a dress, are contradictions (kind against the title/category), and so are the answers copied
from those captions. An answer describing a layered garment (jacket, coat, tee) instead of the product is a
contradiction; its color is other_garment_color. Near hues are counted correct (peach/pink, maroon/burgundy, coral/pink,
rust/brown, beige/khaki, lavender/purple, teal/green); navy called black, lime called yellow and a black dress called
after its red print are wrong; "gold" for a black dress with gold sequin stripes is left correct (the title names both).
A print's pattern word ("graphic" for block or polka print, "striped" for sequin stripes) is correct; "pure color" or
"floral" as the answer to a color question is a non_answer, and so is "other fabric". "The lady" for a girl is not a
pronoun error; "gentleman"/"his" for a woman is. Invented accessories (a hat, a necklace, socks on a flat lay or a back
view) are unsupported; a prop or accessory given as the garment's details or as what the person wears is a
contradiction. Material is judged against the title where it names one (satin, denim, cotton) and otherwise only when
the photo clearly shows it (a glossy scuba called cotton, an opaque crepe called chiffon); "chiffon" for georgette and
for net, and "cotton" where the photo cannot tell, are left correct.
"""

from tests.audit_corpus import DEFAULT_QUESTIONS as Q
from tests.audit_corpus import caption, case, is_a

BLIND_1595 = [
    # Truth: front shot, grey backdrop; black sleeveless bodycon, square neck, knee length, cotton-lycra jersey; black
    # heels, thin silver bracelet. Caption: epoch-1 adapter (cut). wearing, type, color ("pure color"), pattern,
    # sleeves, material: mdeberta spans.
    case(
        "X1595-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. The lady also wears a pair of heels. There is an "
            "accessory on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Sassafras Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: navy fit-and-flare with small white florals, short puff sleeves, V-neck, above knee; white sneakers with
    # ankle socks, a watch. Caption: adapter (cut). color: VQA fallback (no span). Others: spans.
    case(
        "X1595-002",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of short length. The female wears socks in shoes. There is an accessory "
            "on her wrist. This female wears a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with floral patterns"),
        Q.color("navy blue", hit_limit=True),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: olive sleeveless jumpsuit, round neck, tie belt, full length, cotton; white sneakers. Caption: adapter,
    # splits it into a tank top and pants. wearing/type/sleeves/material: spans. color, is_a: VQA fallback.
    case(
        "X1595-003",
        caption(
            "The female wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This female",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("olive green", hit_limit=True),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes", hit_limit=True),
        gender="Women",
        title="StyleStone Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Truth: black crepe culotte jumpsuit (wide cropped legs read as a skirt), short sleeves, V-neck; white sneakers,
    # tan sling bag. Caption: adapter, calls it a dress. Spans for wearing, color, pattern, sleeves, material; is_a:
    # VQA fallback says no.
    case(
        "X1595-004",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears socks "
            "in shoes. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        is_a("jumpsuit", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="DressBerry Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: green georgette maxi with white leaf print, three-quarter sleeves, round neck, tiered; brown sandals, a
    # bangle. Caption: adapter (cut). color: VQA fallback. Others: spans.
    case(
        "X1595-005",
        caption(
            "The woman wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The woman wears a pair of sandals. There is an accessory "
            "on her wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a medium-sleeve dress with graphic patterns"),
        Q.color("green", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        Q.details("a round neckline"),
        gender="Women",
        title="Harpa Women Green & White Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: girl of about eight, red cotton fit-and-flare, flutter sleeves, round neck, knee length, self-tie sash;
    # white sandals. Caption: adapter, starts over and loops. color: VQA fallback. Others: spans.
    case(
        "X1595-006",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. This lady is wearing a belt. The lady wears a short-sleeve dress with pure color "
            "patterns. The dress is with cotton fabric. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("red", hit_limit=True),
        Q.details("a belt"),
        Q.material("cotton"),
        gender="Girls",
        title="Cation Girls Red Solid Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: pink floral A-line midi, sleeveless with ruffled straps, V-neck; a light-blue denim jacket worn open over
    # it. Caption: adapter, leads with the jacket (cut). Spans for wearing, pattern, sleeves, material (all the
    # jacket's); color: VQA fallback gives the jacket's blue.
    case(
        "X1595-007",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a long dress. The dress is with chiffon fabric and floral patterns. There "
            "is an accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("blue", "other_garment_color", hit_limit=True),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Berrylush Women Pink Floral Print A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: maroon playsuit, short sleeves, wrap V-neck, tie waist, shorts; beige backdrop, white sneakers. Caption:
    # adapter, a shirt and shorts. wearing/type/sleeves: spans; color, is_a: VQA fallback.
    case(
        "X1595-008",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The shorts this lady wears is of short length. The shorts are with cotton fabric and "
            "pure color patterns. This lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("burgundy", hit_limit=True),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "yes", hit_limit=True),
        gender="Women",
        title="SASSAFRAS Women Maroon Solid Playsuit",
        category="Playsuit",
        color="Maroon",
    ),
    # Truth: flat lay on white, no person: peach net party dress, sequinned bodice, sleeveless, round neck, layered
    # knee-length skirt. Caption: adapter invents a wrist accessory and a ring (ran to the limit, ends on a word).
    # color: VQA fallback. Others: spans.
    case(
        "X1595-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a "
            "ring on her finger. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.color("pink", hit_limit=True),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        Q.details("a round neckline"),
        gender="Girls",
        title="AARIKA Girls Peach-Coloured Embellished Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Truth: girl in a mustard dungaree-style cotton jumpsuit with a small white daisy print, sleeveless straps, full
    # length, over a plain white short-sleeve tee. Caption: adapter, a T-shirt and pants. Spans for wearing, pattern,
    # sleeves, material; color: VQA fallback, the tee's white.
    case(
        "X1595-010",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and floral "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.color("white", "other_garment_color", hit_limit=True),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Yellow Printed Cotton Jumpsuit",
        category="Jumpsuit",
        color="Yellow",
    ),
    # Truth: white cotton shirt dress, long sleeves rolled up, collar, button front, belt, above knee; tan bag in her
    # hand. Caption: adapter (cut). All answers spans.
    case(
        "X1595-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of short length. This lady wears a belt. There is an accessory in her hand. "
            "This lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        Q.details("a lapel neckline"),
        gender="Women",
        title="Vero Moda Women White Solid Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: black sheer mesh mini with gold sequin stripes, long sleeves, round neck; gold bangle, black heels, no
    # ring. Caption: adapter (cut). color: VQA fallback. Others: spans; details picks the invented ring.
    case(
        "X1595-012",
        caption(
            "The lady wears a long-sleeve dress with striped patterns. The dress is with other fabric. It has a round "
            "neckline. The dress is of short length. There is an accessory on her wrist. There is a ring on her "
            "finger. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold", hit_limit=True),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        Q.details("a ring on her finger", "contradiction"),
        gender="Women",
        title="Athena Women Black & Gold-Toned Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: mid-blue denim pinafore dress, above knee, over a white-and-navy striped short-sleeve tee. Caption:
    # adapter, a striped T-shirt and a denim skirt. wearing, pattern, material: spans (the tee's); color: VQA fallback.
    case(
        "X1595-013",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve T-shirt with striped patterns", "contradiction"),
        Q.color("blue", hit_limit=True),
        Q.pattern("striped", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Blue Solid Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: mustard cotton maxi with a rust block print, three-quarter sleeves with tassels, V-neck with tie-up;
    # oxidised jhumkas and a bangle. Caption: adapter (cut). color: VQA fallback loops. Others: spans.
    case(
        "X1595-014",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory in her ear. There",
            "cut",
            hit_limit=True,
        ),
        Q.color(
            "mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard-mustard",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        Q.description("a long-sleeve dress with graphic patterns"),
        gender="Women",
        title="Global Desi Women Mustard Printed Maxi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: coral georgette wrap dress, short flutter sleeves, V-neck, tie waist, knee length; no jewellery. Caption:
    # adapter, "his"/"gentleman". wearing: span picks the belt sentence. color: VQA fallback. Others: spans.
    case(
        "X1595-015",
        caption(
            "His dress has short sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. The "
            "dress is of medium length. This gentleman wears a belt. There is an accessory on his wrist. This "
            "gentleman wears a",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a belt", "contradiction"),
        Q.color("pink", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="FabAlley Women Coral Solid Wrap Dress",
        category="Dresses",
        color="Coral",
    ),
    # Truth: black-and-white vertical stripes, sleeveless halter neck, wide legs, full length; silver cuff. Caption:
    # adapter, says jumpsuit this time (cut). color: VQA fallback; details: no span, VQA fallback says yes.
    case(
        "X1595-016",
        caption(
            "The lady wears a sleeveless jumpsuit with striped patterns. The jumpsuit is with cotton fabric. The "
            "neckline of it is suspenders. The jumpsuit is of long length. There is an accessory on her wrist. There "
            "is a",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless jumpsuit with striped patterns"),
        Q.color("black", hit_limit=True),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.details("yes", "non_answer", hit_limit=True),
        Q.material("cotton"),
        gender="Women",
        title="Zima Leto Women Black & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: navy fit-and-flare midi, short sleeves, round neck; tan belt, white sneakers. Caption: adapter loops.
    # color: VQA fallback says black. Others: spans.
    case(
        "X1595-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. This lady wears a belt. The lady wears a short-sleeve "
            "dress with pure color",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.color("black", "contradiction", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Dressberry Women Navy Blue Solid Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: white playsuit with thin blue stripes, off-shoulder with short ruffle sleeves, shorts; straw hat. Caption:
    # adapter, a shirt, a hat and shorts. wearing: span picks the hat; type, pattern, material: spans; color, is_a:
    # VQA fallback.
    case(
        "X1595-018",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. The lady "
            "wears a hat. The lady wears a short shorts. The shorts are with cotton fabric and striped patterns. "
            "There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a hat", "contradiction"),
        Q.garment_type("shorts", "contradiction"),
        Q.color("white", hit_limit=True),
        Q.pattern("striped"),
        Q.material("cotton"),
        is_a("playsuit", "yes", hit_limit=True),
        gender="Women",
        title="Berrylush Women White & Blue Striped Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Truth: back view of a girl in a pink cotton ankle-length dress with gold foil print, sleeveless, keyhole and
    # button at the back; hands bare, feet hidden by the hem. Caption: adapter invents a bracelet and socks. color:
    # VQA fallback. Others: spans.
    case(
        "X1595-019",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. This lady wears socks in "
            "shoes. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("pink", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        Q.details("a round neckline"),
        gender="Girls",
        title="Biba Girls Pink Printed A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: rust satin slip dress, spaghetti straps, cowl neck, midi. Caption: adapter, cotton. color: VQA fallback.
    # Others: spans.
    case(
        "X1595-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The "
            "neckline of it is suspenders. The dress is of long length. There is an accessory on her wrist. There is "
            "a ring on her finger",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("brown", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        Q.details("suspenders"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid Satin Slip Dress",
        category="Dresses",
        color="Rust",
    ),
    # Truth: teal jumpsuit, long bishop sleeves, V-neck, self belt, tapered legs. Caption: adapter, a dress.
    # wearing/type/sleeves: spans. color: VQA fallback runs into the next prompt. is_a: VQA fallback.
    case(
        "X1595-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color(
            "teal Question: What is the color of the garment? Answer: teal Question: What is the color of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "yes", hit_limit=True),
        gender="Women",
        title="Harpa Women Teal Blue Solid Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # Truth: off-white cotton tiered maxi with green florals, short sleeves, V-neck; she holds a cane basket, wears a
    # bangle. Caption: adapter (cut). details: span picks the basket sentence. color: VQA fallback. Others: spans.
    case(
        "X1595-022",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory in her hand. There is an accessory "
            "on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", hit_limit=True),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.details("an accessory in her hand", "contradiction"),
        gender="Women",
        title="Anouk Women Off-White & Green Floral Printed Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: lime green rib-knit bodycon mini, long sleeves, square neck; gold bracelet and a ring. Caption: adapter
    # (cut). color: VQA fallback says yellow. Others: spans.
    case(
        "X1595-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has a "
            "square neckline. The dress is of short length. There is an accessory on her wrist. There is a ring on "
            "her finger. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.color("yellow", "contradiction", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="Urbanic Women Lime Green Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Lime Green",
    ),
    # Truth: grey melange cotton T-shirt dress, short sleeves, round neck, knee length; white sneakers, black sling
    # bag. Caption: adapter (cut). All answers spans.
    case(
        "X1595-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her shoulder. This lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Chemistry Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Truth: mauve pleated georgette midi, cap sleeves, round neck, with a thin black belt. Caption: adapter (cut).
    # color: VQA fallback gives the belt's black. Others: spans.
    case(
        "X1595-025",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. There is an",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.color("black", "other_garment_color", hit_limit=True),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        Q.details("a belt"),
        gender="Women",
        title="Rare Women Mauve Solid Pleated Midi Dress with Belt",
        category="Dresses",
        color="Mauve",
    ),
    # Truth: flat lay, no person: navy cotton playsuit with white polka dots, sleeveless, ruffled round neck, shorts.
    # Caption: adapter, a tank top and shorts on a lady. wearing/type/pattern/material: spans. color: VQA fallback
    # loops.
    case(
        "X1595-026",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a short shorts. The shorts are with cotton fabric and graphic patterns. "
            "This lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy-white-navy", "loop", hit_limit=True
        ),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Navy Blue Polka Dot Print Playsuit",
        category="Playsuit",
        color="Navy Blue",
    ),
    # Truth: lavender fit-and-flare mini, short puff sleeves, sweetheart neck; white sneakers with socks, a watch.
    # Caption: adapter (cut). color: VQA fallback. Others: spans.
    case(
        "X1595-027",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "V-shape neckline. The dress is of short length. This lady wears socks in shoes. There is an accessory "
            "on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.color("purple", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.description("a short-sleeve dress with pure color patterns"),
        gender="Women",
        title="Marie Claire Women Lavender Solid Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Truth: red georgette wrap maxi with white florals, long sleeves, V-neck, tie at the waist. Caption: adapter
    # repeats itself. All answers spans; color takes "floral".
    case(
        "X1595-028",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. The lady wears a long-sleeve dress with floral patterns. "
            "The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        Q.details("a V-shape neckline"),
        gender="Women",
        title="Mabish by Sonal Jain Women Red Floral Printed Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: black playsuit with a small white geometric print, short sleeves, collar, button-down, shorts, belt.
    # Caption: adapter, a shirt and shorts. wearing/pattern/material: spans; color, is_a: VQA fallback. No category
    # column in this row.
    case(
        "X1595-029",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with chiffon fabric and graphic patterns. "
            "This lady wears a belt",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with graphic patterns", "contradiction"),
        Q.color("black", hit_limit=True),
        Q.pattern("graphic"),
        Q.material("chiffon"),
        is_a("playsuit", "yes", hit_limit=True),
        gender="Women",
        title="Sera Women Black Printed Playsuit",
        color="Black",
    ),
    # Truth: back view: indigo hand-block-printed cotton A-line, three-quarter sleeves, tie-up dori at the back, knee
    # length; no hat. Caption: adapter invents a hat. details: no span, VQA fallback cut at the limit. color: VQA
    # fallback. Others: spans.
    case(
        "X1595-030",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. This lady wears a hat. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("blue", hit_limit=True),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.details(
            "a long-sleeve dress with a round neckline and a tie-up at the back with a button closure and a pair of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Taavi Women Indigo Blue Hand Block Printed A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: black sleeveless jumpsuit, square neck, straight legs, under an open camel long coat. Caption: adapter,
    # a coat and pants. wearing/sleeves/material: spans (the coat's). color: VQA fallback, the coat's camel. is_a: VQA
    # fallback says no.
    case(
        "X1595-031",
        caption(
            "The lady wears a long-sleeve coat with pure color patterns. The coat is with other fabric. It has a lapel "
            "neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. This "
            "lady",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve coat with pure color patterns", "contradiction"),
        Q.color("camel", "other_garment_color", hit_limit=True),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("other fabric", "non_answer"),
        is_a("jumpsuit", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="ONLY Women Black Solid Sleeveless Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: yellow cotton A-line, sleeveless, round neck, knee length; a watch and a ring. Caption: adapter, right,
    # and the limit happens to fall on a full stop. color: VQA fallback. Others: spans. No category column.
    case(
        "X1595-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on "
            "her finger.",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.color("yellow", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Moomaya Women Yellow Solid A-Line Dress",
        color="Yellow",
    ),
    # Truth: olive cotton utility jumpsuit, short rolled sleeves, collar, button placket, patch pockets, belt, full
    # length; black sling bag. Caption: adapter, a shirt and pants. All answers spans.
    case(
        "X1595-033",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.details("a lapel neckline"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Truth: girl in a white cotton schiffli-embroidered fit-and-flare, short flutter sleeves, round neck, knee
    # length; pink headband, no hat, no bracelet. Caption: adapter turns the headband into a hat. color: VQA fallback.
    # Others: spans.
    case(
        "X1595-034",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. This lady wears a hat. There is an accessory on her "
            "wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns"),
        Q.color("white", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Naughty Ninos Girls White Embroidered Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: black georgette tiered maxi with red and pink florals, sleeveless, V-neck; bracelet and a ring. Caption:
    # adapter, "gentleman"/"his". color: VQA fallback gives the print's red. Others: spans; description copies the
    # gentleman.
    case(
        "X1595-035",
        caption(
            "The gentleman wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on his wrist. There is a ring on "
            "his finger",
            "pronoun",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with floral patterns"),
        Q.color("red", "contradiction", hit_limit=True),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        Q.description("The gentleman wears a sleeveless dress with floral patterns", "pronoun"),
        gender="Women",
        title="Street 9 Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: beige linen-look playsuit, short sleeves, collar, drawstring waist, shorts. Caption: adapter, a shirt
    # and shorts (ends mid-sentence). type/pattern/sleeves: spans; color: VQA fallback.
    case(
        "X1595-036",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short shorts. The shorts are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("khaki", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Zink London Women Beige Solid Playsuit",
        category="Playsuit",
        color="Beige",
    ),
    # Truth: black lace bodycon mini on a nude lining, long sheer sleeves, round neck; a bracelet. Caption: adapter
    # (cut). details: no span, VQA fallback loops. color: VQA fallback. Others: spans.
    case(
        "X1595-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a pair "
            "of heels. There",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other fabric", "non_answer"),
        Q.details(
            "the details of the garment are the details of the garment are the details of the garment are the "
            "details of the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Black Lace Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: red glossy scuba sheath, sleeveless, round neck, knee length; she sits on a wooden stool, red heels, a
    # bracelet. Caption: adapter (cut). details: no span, VQA fallback decodes to nothing (only pads). color: VQA
    # fallback. Others: spans; material says cotton for an obviously synthetic scuba.
    case(
        "X1595-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a pair of heels. There is an accessory "
            "on her wrist. She",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.color("red", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        Q.details("", "non_answer", hit_limit=True),
        gender="Women",
        title="AND Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: green playsuit with white flowers, long balloon sleeves, wrap V-neck, shorts. Caption: adapter, a shirt
    # and shorts. type/pattern/sleeves/material: spans; color: VQA fallback.
    case(
        "X1595-039",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "V-shape neckline. The lady wears a short shorts. The shorts are with chiffon fabric and floral patterns. "
            "This lady wears a belt",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("green", hit_limit=True),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="KASSUALLY Women Green Floral Print Wrap Playsuit",
        category="Playsuit",
        color="Green",
    ),
    # Truth: girl in a coral-pink cotton tiered dress, sleeveless with frilled shoulders, round neck, knee length;
    # white socks in white shoes. Caption: adapter loops. details: span picks the socks. color: VQA fallback.
    case(
        "X1595-040",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. This lady wears socks in shoes. The lady wears a "
            "sleeveless dress with pure color",
            "loop",
            hit_limit=True,
        ),
        Q.wearing("a sleeveless dress with pure color patterns"),
        Q.color("pink", hit_limit=True),
        Q.sleeve_length("sleeveless"),
        Q.details("socks in shoes", "contradiction"),
        gender="Girls",
        title="YK Girls Coral Pink Solid Tiered Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: teal maxi with a gold foil print, long sleeves, round neck with keyhole; a bracelet, no necklace. Caption:
    # adapter invents a necklace. color: VQA fallback. Others: spans. No color column in this row.
    case(
        "X1595-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "in her neck. This",
            "unsupported",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with graphic patterns"),
        Q.color("green", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vishudh Women Teal Printed Maxi Dress",
        category="Dresses",
    ),
    # Truth: black off-shoulder jumpsuit, short sleeves, cropped wide legs, black belt with a gold buckle; a bracelet.
    # Caption: adapter, a dress. wearing/sleeves/material: spans; color: VQA fallback; is_a: VQA fallback runs into
    # the next prompt. No gender column in this row.
    case(
        "X1595-042",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of long length. This lady wears a belt. There is an accessory on her wrist. There is a ring on her "
            "finger. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.color("black", hit_limit=True),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        title="Miss Chase Women Black Solid Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: pink cotton tiered maxi with a small floral print, short puff sleeves, square neck; a watch, flat sandals.
    # Caption: adapter (cut). wearing: span taken from the cut tail. description: no span, VQA fallback. Others: spans.
    case(
        "X1595-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "pair of",
            "cut",
            hit_limit=True,
        ),
        Q.wearing("a pair of", "cut"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.description("the garment", "restated", hit_limit=True),
        gender="Women",
        title="Sassafras Women Pink Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: emerald satin wrap midi, long sleeves, V-neck; gold hoops and a ring, a bracelet. Caption: adapter,
    # chiffon. color: VQA fallback. Others: spans.
    case(
        "X1595-044",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on "
            "her finger. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.wearing("a long-sleeve dress with pure color patterns"),
        Q.color("green", hit_limit=True),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        Q.details("a V-shape neckline"),
        gender="Women",
        title="Athena Women Emerald Green Satin Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: flat lay, no person: girls' cotton culotte jumpsuit, white ground with a pink, green and yellow tropical
    # print, sleeveless, round neck. Caption: adapter, a tank top and pants. pattern/sleeves/material: spans; color,
    # details, is_a: VQA fallback (color loops, details only restates).
    case(
        "X1595-045",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point pants. The pants are with cotton fabric and floral "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.color(
            "white-pink-green-white-pink-green-white-pink-green-white-pink-green-white-pink", "loop", hit_limit=True
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        Q.details("the details of the garment", "restated", hit_limit=True),
        is_a("jumpsuit", "yes", hit_limit=True),
        gender="Girls",
        title="Hopscotch Girls Multicoloured Printed Jumpsuit",
        category="Jumpsuit",
        color="Multi",
    ),
]
