"""BLIND_1211 (45 products; Myntra dresses, jumpsuits and playsuits, caption-then-extract): written blind in the sixty-
first session. Measured blind at 1ef79ed (the session's sixth rules): 82/96 failures found (85.4%) and 23/184 correct
texts flagged (12.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra names them: Navy Blue, Mustard, Sea Green, Grey Melange, Multi...). Mostly a model
on a plain studio backdrop with shoes, a bag or a layer over the product; a few flat lays (kids' wear mostly), two
back or over-the-shoulder views, a stool and a teddy bear as props. The feed leaves a column out now and then.
Who wrote what: every caption is the epoch-1 caption adapter (DeepFashion-MultiModal template: "with pure color
patterns", "is with chiffon fabric", "There is an accessory on her wrist"); it was trained without an end token, so
most captions run to the 50-token limit and stop mid-sentence, and a few loop; now and then it stops on a newline
early. Epoch 1 still leaks a hue word from the base model into some captions. Every answer is a span that
mdeberta-v3-base-squad2 extracted from that caption, except where the case comment says "VQA": there the QA model
found no span and the VQA adapter answered the question itself (free generation, 30 tokens, stopped on a newline
when it emits one, otherwise it loops, runs on into the prompt format or is cut).
Labeling conventions and judgement calls: one failure kind per text, the worst one. A caption that ran to the limit
and ends mid-sentence is "cut" unless something worse is in it (jumpsuit or playsuit split into a top and
pants/shorts = contradiction; invented person or accessories on a flat lay or a back view = unsupported; "The
gentleman" / "his" for a woman = pronoun; a sentence repeated = loop). A caption that hit the limit but happened to end
on a full stop, with nothing wrong in it, is left unmarked with hit_limit=True. "pure color", "solid color",
"floral" and the like answered to a color question are non_answer (a pattern, no hue); "other" for the material is
non_answer. A hue that a layer or the dupatta has (denim jacket, blazer, tee under a pinafore, shrug) is
other_garment_color; a wrong hue that no other garment has (navy seen as black, the print's pink on a green dress)
is contradiction. Near hues are accepted: maroon as red, mauve or peach as pink, lavender as purple, coral as
orange, teal as green. "romper" for a jumpsuit or playsuit is accepted (DeepFashion's class covers both). Fabrics
the photo cannot settle (chiffon for georgette or net, cotton for crepe) are accepted; one that is clearly another
garment's (the jacket's denim) or plainly unlike the photo is marked. A "wearing" answer that names only the layer
over the product (jacket, blazer, shrug, tee) is true of the photo and left unmarked; "What type of garment is this?"
answered with the layer is contradiction. Sleeve length of the layer instead of the product is contradiction. A
detail answer about a bag or a ring instead of the garment: non_answer when the thing is in the photo, unsupported
when it is not. A span like "a short-sleeve dress" to "Is this a dress?" is taken as a yes and left unmarked.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1211 = [
    # Photo: model front on grey, navy knee-length fit-and-flare dress with small white flowers, short puff sleeves,
    # round neck, white sneakers, slim gold watch. Fabric is an opaque crepe. VQA: color.
    case(
        "X1211-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The dress is of medium length. The lady wears a pair "
            "of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        color_of("dress", "blue"),
        B.pattern("floral"),
        B.sleeve_length("short-sleeve"),
        B.material("chiffon", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black sleeveless bodycon midi, square neck, stretch knit, nude heels, hand on hip, white backdrop.
    # VQA: is_a.
    case(
        "X1211-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. There is an accessory on her wrist. There is an accessory "
            "on her wrist",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("sleeveless"),
        B.garment_type("sleeveless dress"),
        is_a("dress", "yes"),
        B.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: mustard wrap dress with a small black-and-white leaf print, three-quarter sleeves, V-neck, self tie at the
    # waist, brown block heels, model mid-stride. The caption adapter stopped early on a newline. VQA: color.
    case(
        "X1211-003",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is a belt on her waist."
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color_of("dress", "yellow"),
        B.pattern("floral"),
        B.sleeve_length("medium-sleeve"),
        details("dress", "v-shape neckline"),
        B.material("chiffon"),
        gender="Women",
        title="Berrylush Women Mustard Yellow Printed Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: maroon cotton A-line calf-length dress with gold block-printed motifs, three-quarter sleeves, mandarin
    # collar, juttis, oxidised earrings; bare wrists, no rings. VQA: color, is_a.
    case(
        "X1211-004",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "standing neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        B.color("red"),
        B.pattern("graphic"),
        B.material("cotton"),
        is_a("dress", "yes"),
        details("dress", "standing neckline"),
        gender="Women",
        title="AKS Women Maroon Ethnic Motifs Printed A-Line Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: olive sleeveless jumpsuit, round neck, tie belt, straight full-length legs, white sneakers. The caption
    # splits it into a tank top and pants. VQA: is_a.
    case(
        "X1211-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants", "contradiction"),
        B.garment_type("tank top", "contradiction"),
        is_a("jumpsuit", "yes"),
        color_of("jumpsuit", "pure color", "non_answer"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Harpa Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: black strappy culotte jumpsuit worn over a white crew-neck tee, black heels. The caption describes the tee
    # and calls the jumpsuit's legs trousers. VQA: is_a.
    case(
        "X1211-006",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long trousers. The T-shirt is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long trousers", "contradiction"),
        color_of("jumpsuit", "pure color", "non_answer"),
        B.sleeve_length("short-sleeve", "contradiction"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="StyleStone Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: flat lay on white, no person: pink sleeveless net party dress, sequinned bodice, layered tulle skirt,
    # satin bow at the waist. The caption invents a wearer's wrist and ring.
    case(
        "X1211-007",
        caption(
            "The person wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. This person wears a ring. There is an accessory on "
            "her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        B.garment_type("sleeveless dress"),
        B.pattern("pure color"),
        B.material("chiffon"),
        details("dress", "round neckline"),
        gender="Girls",
        title="Cherry & Jerry Girls Pink Embellished Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: girl of about six, yellow cotton A-line dress with white daisies, flutter sleeves, round neck, white
    # sandals, holding a teddy bear. VQA: color.
    case(
        "X1211-008",
        caption(
            "The girl wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. There is an accessory in her hand. The girl is wearing a pair of sandals. The girl is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="the girl"),
        color_of("dress", "yellow"),
        B.pattern("floral"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        is_a("dress", "a short-sleeve dress"),
        gender="Girls",
        title="Hopscotch Girls Yellow Floral Print A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: peach playsuit, off-shoulder ruffle neckline with short sleeves, shorts, tan sandals, straw hat held in
    # one hand. The caption splits it into a shirt and shorts. VQA: is_a.
    case(
        "X1211-009",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. The shorts are with chiffon fabric and pure color patterns. The lady is wearing a hat. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a three-point shorts", "contradiction"),
        B.garment_type("shorts", "contradiction"),
        B.color("pure color", "non_answer"),
        is_a("playsuit", "yes"),
        B.material("chiffon"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Playsuit",
        category="Playsuit",
        color="Peach",
    ),
    # Photo: red halter maxi, flowing, over-the-shoulder pose, black heels, a gold bangle and a cocktail ring. The
    # caption reached 50 tokens exactly at a full stop.
    case(
        "X1211-010",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer"),
        B.sleeve_length("sleeveless"),
        describe("dress", "a sleeveless dress with pure color patterns"),
        details("dress", "suspenders neckline"),
        gender="Women",
        title="Athena Women Red Solid Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: off-white shirt dress with thin blue vertical stripes, rolled long sleeves, collar, button front, self
    # belt, knee length, white sneakers. The caption makes it a shirt and a skirt. VQA: color, is_a.
    case(
        "X1211-011",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a short skirt. The skirt is with cotton fabric and striped patterns. There is a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction"),
        B.color("white"),
        B.pattern("striped"),
        B.sleeve_length("long-sleeve"),
        is_a("dress", "no", "contradiction"),
        B.material("cotton"),
        gender="Women",
        title="U&F Women Off-White Striped Shirt Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: mid-blue denim shirt dress, short sleeves, collar, buttons, knee length, brown belt, sunglasses pushed up
    # on the head, white sneakers. The caption stopped on a newline; a hue leaked in. VQA: is_a.
    case(
        "X1211-012",
        caption(
            "The lady wears a blue short-sleeve dress with pure color patterns. The dress is with denim fabric. It has "
            "a lapel neckline. There is a belt on her waist. The lady wears glasses. The dress is of medium length."
        ),
        wearing("a blue short-sleeve dress with pure color patterns"),
        B.material("denim"),
        color_of("dress", "blue"),
        details("dress", "lapel neckline"),
        is_a("dress", "yes"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: green tiered maxi with pink and white flowers, long puff sleeves, V-neck, tan sandals, stacked bracelets
    # and a ring. VQA: color (the print's pink).
    case(
        "X1211-013",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a ring. There is an accessory on her wrist. "
            "The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color_of("dress", "pink", "contradiction"),
        B.pattern("floral"),
        describe("dress", "a long-sleeve dress with floral patterns"),
        B.material("chiffon"),
        gender="Women",
        title="Sera Women Green Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: white eyelet cotton A-line dress, sleeveless, knee length, under an open blue denim jacket, white
    # sneakers. The caption describes both, jacket first (with a leaked hue).
    case(
        "X1211-014",
        caption(
            "The lady wears a blue long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. "
            "It has a lapel neckline. The lady wears a short dress. The dress is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue long-sleeve denim jacket with pure color patterns"),
        color_of("dress", "blue", "other_garment_color"),
        B.garment_type("denim jacket", "contradiction"),
        B.material("denim", "contradiction"),
        B.pattern("pure color"),
        gender="Women",
        title="Mast & Harbour Women White Self Design A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: lavender wrap jumpsuit, V-neck, short flutter sleeves, wide legs, waist tie, silver heels. VQA: is_a,
    # describe (the caption says romper, no span for "jumpsuit").
    case(
        "X1211-015",
        caption(
            "The lady wears a purple short-sleeve romper with pure color patterns. The romper is with chiffon fabric. "
            "It has a v-shape neckline. The romper is of long length. There is a belt on her waist. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a purple short-sleeve romper with pure color patterns"),
        color_of("jumpsuit", "purple"),
        B.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "yes"),
        B.garment_type("romper"),
        describe(
            "jumpsuit",
            "a purple jumpsuit with a v-neck and short sleeves. the jumpsuit has a belt at the waist and wide legs. "
            "it is made of",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="SIRIKIT Women Lavender Solid Wrap Jumpsuit",
        category="Jumpsuit",
        color="Lavender",
    ),
    # Photo: teal sleeveless sheath, boat neck, knee length, black pumps, studio.
    case(
        "X1211-016",
        caption(
            "The lady wears a green sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of medium length. The dress is of medium length. The dress is of",
            "loop",
            hit_limit=True,
        ),
        wearing("a green sleeveless dress with pure color patterns"),
        color_of("dress", "green"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        gender="Women",
        title="Marie Claire Women Teal Solid Sheath Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: mauve fit-and-flare dress with small white dots, cap sleeves, V-neck, knee length, white heels, a thin
    # bracelet, no belt. VQA: color.
    case(
        "X1211-017",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The dress is of medium length. There is a belt on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        B.pattern("graphic"),
        color_of("dress", "pink"),
        describe("dress", "v-shape neckline"),
        B.sleeve_length("short-sleeve"),
        gender="Women",
        title="Zima Leto Women Mauve Printed Fit and Flare Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: black-and-white gingham shift dress, short sleeves, round neck, above the knee, black ankle boots. The
    # caption stopped on a newline. VQA: color.
    case(
        "X1211-018",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length."
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        B.pattern("lattice"),
        B.color("black and white"),
        B.material("cotton"),
        B.garment_type("short-sleeve dress"),
        gender="Women",
        title="People Women Black & White Checked Shift Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust playsuit, spaghetti straps, smocked bodice, flared shorts, white sneakers, tan sling bag across the
    # body, a watch. VQA: is_a, details (no span: the caption never says playsuit).
    case(
        "X1211-019",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. It has a "
            "suspenders neckline. The romper is of short length. There is an accessory on her wrist. There is a bag in",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with pure color patterns"),
        color_of("playsuit", "pure color", "non_answer"),
        B.garment_type("sleeveless romper"),
        is_a("playsuit", "yes"),
        B.sleeve_length("sleeveless"),
        details(
            "playsuit",
            "the details of the playsuit are the details of the playsuit are the details of the playsuit are the "
            "details of the",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Rust Orange Solid Playsuit",
        category="Playsuit",
        color="Rust",
    ),
    # Photo: girl of about nine, red-and-navy checked shirt dress, rolled long sleeves, collar, buttons, knee length,
    # black shoes. The caption makes it a shirt and a skirt. VQA: color, is_a.
    case(
        "X1211-020",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a short skirt. The skirt is with cotton fabric and lattice patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        B.color("red"),
        B.pattern("lattice"),
        is_a("dress", "yes"),
        B.sleeve_length("long-sleeve"),
        gender="Girls",
        title="Pantaloons Junior Girls Red Checked Shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: girl of about five, lavender net party dress, sequinned bodice, cap sleeves, layered knee-length skirt,
    # silver ballerinas, a glittery hairband; no hat, nothing on her wrists. VQA: is_a.
    case(
        "X1211-021",
        caption(
            "The girl wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is a hat on her head. There is an accessory on her wrist. The girl is wearing a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="the girl"),
        color_of("dress", "pure color", "non_answer"),
        B.material("chiffon"),
        details("dress", "a hat", "unsupported"),
        is_a("dress", "yes"),
        gender="Girls",
        title="YK Girls Lavender Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: flat lay, navy-and-white horizontal stripes, sleeveless, round neck, one patch pocket with a red bow.
    # VQA: color.
    case(
        "X1211-022",
        caption(
            "The person wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is a pocket on the dress. The dress is with cotton "
            "fabric and striped",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        color_of("dress", "blue and white"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        details("dress", "a pocket"),
        gender="Girls",
        title="Gini and Jony Girls Navy Blue Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: burgundy long-sleeve ribbed bodycon mini, high neck, black boots, gold hoops, a watch and a ring.
    case(
        "X1211-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "standing neckline. The dress is of short length. There is an accessory on her wrist. This lady wears a "
            "ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        B.color("pure color", "non_answer"),
        B.material("knitting"),
        B.sleeve_length("long-sleeve"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Miss Chase Women Burgundy Solid Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: multicolour (blue, orange, green) paisley maxi, long sleeves, V-neck with tassel ties, tiered, rayon,
    # brown sandals, bangles and a ring. VQA: color.
    case(
        "X1211-024",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        B.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
        ),
        B.pattern("floral"),
        describe("dress", "dress", "restated"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Global Desi Women Multicoloured Printed Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: back view: yellow playsuit, short sleeves, collar (seen from behind), shorts, belt ties at the back,
    # white sneakers. The caption splits it into a shirt and shorts and starts over. VQA: color.
    case(
        "X1211-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a short shorts. The shirt is with cotton "
            "fabric. The shorts are with cotton fabric and pure color patterns. The lady wears a short shorts",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a short shorts", "contradiction"),
        color_of("playsuit", "yellow"),
        B.garment_type("short-sleeve shirt", "contradiction"),
        B.material("cotton"),
        B.sleeve_length("short-sleeve"),
        gender="Women",
        title="Besiva Women Yellow Solid Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: red playsuit with small white flowers, V-neck, ruffled straps, shorts, tan heeled sandals, model sitting
    # on a wooden stool. VQA: color, is_a (runs on into the prompt format).
    case(
        "X1211-026",
        caption(
            "The lady wears a sleeveless romper with floral patterns. The romper is with chiffon fabric. It has a "
            "v-shape neckline. The romper is of short length. The lady is sitting on a chair. There is an accessory on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with floral patterns"),
        color_of("playsuit", "red"),
        B.pattern("floral"),
        B.garment_type("sleeveless romper"),
        is_a(
            "playsuit",
            "yes Question: Is this a romper? Answer: yes Question: Is this a dress? Answer: no Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Red Floral Print Playsuit",
        category="Playsuit",
        color="Red",
    ),
    # Photo: coral jumpsuit, short sleeves, notched collar, tapered ankle-length legs, matching belt, nude heels.
    case(
        "X1211-027",
        caption(
            "The lady wears an orange short-sleeve romper with pure color patterns. The romper is with cotton fabric. "
            "It has a lapel neckline. There is a belt on her waist. The romper is of long length. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("an orange short-sleeve romper with pure color patterns"),
        color_of("jumpsuit", "orange"),
        B.sleeve_length("short-sleeve"),
        details("jumpsuit", "a belt"),
        B.material("cotton"),
        gender="Women",
        title="KASSUALLY Women Coral Solid Jumpsuit with Belt",
        category="Jumpsuit",
        color="Coral",
    ),
    # Photo: beige sleeveless sheath midi, square neck, black blazer draped on the shoulders, black heels. VQA: is_a.
    case(
        "X1211-028",
        caption(
            "The lady wears a black long-sleeve suit with pure color patterns. The suit is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long dress. The dress is with cotton fabric and pure color patterns. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a black long-sleeve suit with pure color patterns"),
        B.color("black", "other_garment_color"),
        B.garment_type("long dress"),
        is_a("dress", "yes"),
        B.sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
        title="Rare Women Beige Solid Sheath Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: black satin slip midi, thin straps, cowl neck, gold chain necklace, strappy heels. The caption stopped on
    # a newline.
    case(
        "X1211-029",
        caption(
            "The lady wears a black sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a suspenders neckline."
        ),
        wearing("a black sleeveless dress with pure color patterns"),
        B.material("other", "non_answer"),
        color_of("dress", "black"),
        B.sleeve_length("sleeveless"),
        details("dress", "suspenders neckline"),
        gender="Women",
        title="MANGO Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: sea-green one-shoulder bodycon mini with a ruffle over the shoulder, silver heels, a ring. VQA: is_a.
    case(
        "X1211-030",
        caption(
            "The lady wears a green sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. The dress is of short length. The lady wears a ring. The lady wears a ring. The lady "
            "wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a green sleeveless dress with pure color patterns"),
        color_of("dress", "green"),
        details("dress", "v-shape neckline", "unsupported"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Women",
        title="Trend Arrest Women Sea Green Ruffled Bodycon Dress",
        category="Dresses",
        color="Sea Green",
    ),
    # Photo: grey melange T-shirt dress, short sleeves, crew neck, knee length, white sneakers, a baseball cap, model
    # with short cropped hair. VQA: is_a.
    case(
        "X1211-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. This gentleman wears a hat. The T-shirt is of long length. There is an",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        B.garment_type("T-shirt", "contradiction"),
        B.color("pure color", "non_answer"),
        B.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Qurvii Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: white cotton A-line dress with small yellow flowers embroidered on the yoke, three-quarter sleeves, round
    # neck, knee length, tan flats, a straw bag in hand, a watch. VQA: color.
    case(
        "X1211-032",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is a bag in her hand. The dress is of medium length. There is an accessory on her "
            "wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color_of("dress", "white"),
        B.pattern("floral"),
        B.material("cotton"),
        describe("dress", "a medium-sleeve dress with floral patterns"),
        details("dress", "a bag", "non_answer"),
        gender="Women",
        title="HERE&NOW Women White Floral Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: girl of about eight, peach net dress with a pearl-embellished bodice, sleeveless, layered mid-calf skirt,
    # white shoes, a beaded bracelet. VQA: is_a (never stops).
    case(
        "X1211-033",
        caption(
            "The lady wears a pink sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory "
            "on her wrist.",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink sleeveless dress with pure color patterns"),
        color_of("dress", "pink"),
        B.material("chiffon"),
        B.sleeve_length("sleeveless"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Nautinati Girls Peach-Coloured Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: girl of about seven, yellow corduroy pinafore with a small white print over a white long-sleeve tee,
    # white sneakers. VQA: is_a.
    case(
        "X1211-034",
        caption(
            "The girl wears a white long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The girl wears a sleeveless dress. The dress is with cotton fabric and graphic",
            "cut",
            hit_limit=True,
        ),
        wearing("a white long-sleeve T-shirt with pure color patterns", who="the girl"),
        color_of("dress", "white", "other_garment_color"),
        B.sleeve_length("long-sleeve", "contradiction"),
        is_a("dress", "yes"),
        B.pattern("graphic"),
        gender="Girls",
        title="Allen Solly Junior Girls Yellow Printed Pinafore Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: magenta maxi with gold foil print, sleeveless, V-neck, flared, juttis, jhumkas, bangles and a ring. The
    # feed row has no article type. VQA: color.
    case(
        "X1211-035",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        B.color("pink"),
        B.pattern("graphic"),
        B.material("chiffon"),
        B.garment_type("sleeveless dress"),
        gender="Women",
        title="Ahalyaa Women Magenta Printed Maxi Dress",
        color="Magenta",
    ),
    # Photo: charcoal jumpsuit, long sleeves with buttoned cuffs, shirt collar, button placket, two flap pockets on the
    # chest, straight legs, black heels; model with a pixie cut. VQA: is_a, details.
    case(
        "X1211-036",
        caption(
            "The gentleman wears a grey long-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a grey long-sleeve shirt with pure color patterns and a long trousers", "contradiction"),
        color_of("jumpsuit", "grey"),
        is_a("jumpsuit", "no", "contradiction"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        details(
            "jumpsuit",
            "the jumpsuit has a collar and buttons down the front, long sleeves with buttoned cuffs and two pockets on "
            "the chest. the legs are straight and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Chemistry Women Charcoal Grey Solid Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
    ),
    # Photo: black sequinned bodycon mini, long sheer sleeves, V-neck, silver clutch in hand, black heels, a ring.
    case(
        "X1211-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of short length. There is an accessory in her hand. The lady wears a ring",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        B.material("other", "non_answer"),
        color_of("dress", "pure color", "non_answer"),
        B.pattern("pure color"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Femella Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view, head turned: red off-shoulder bodycon midi with short ruffle sleeves, heels; her hands are in
    # front of her, out of the shot. The caption stopped on a newline. The feed row has no gender.
    case(
        "X1211-038",
        caption(
            "The lady wears a red short-sleeve dress with pure color patterns. The dress is with cotton fabric. The "
            "dress is of medium length. The lady wears a ring. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a red short-sleeve dress with pure color patterns"),
        color_of("dress", "red"),
        B.sleeve_length("short-sleeve"),
        details("dress", "a ring", "unsupported"),
        title="Lulu & Sky Women Red Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy jumpsuit with a tiny white geometric print, sleeveless, round neck, cropped ankle legs, white
    # sneakers, a watch. VQA: color (navy read as black), is_a.
    case(
        "X1211-039",
        caption(
            "The lady wears a sleeveless romper with graphic patterns. The romper is with chiffon fabric. It has a "
            "round neckline. The romper is of long length. There is an accessory on her wrist. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with graphic patterns"),
        color_of("jumpsuit", "black", "contradiction"),
        B.pattern("graphic"),
        B.garment_type("sleeveless romper"),
        is_a("jumpsuit", "yes"),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Cation Women Navy Blue Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: mustard sleeveless A-line dress with a small white floral print under a white crochet shrug with short
    # sleeves, tan sandals. Both color answers took the caption's only hue. VQA: is_a.
    case(
        "X1211-040",
        caption(
            "The lady wears a white short-sleeve cardigan with pure color patterns. The cardigan is with knitting "
            "fabric. The lady wears a long dress. The dress is with chiffon fabric and floral patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a white short-sleeve cardigan with pure color patterns"),
        color_of("dress", "white", "other_garment_color"),
        color_of("shrug", "white"),
        B.pattern("floral"),
        is_a("dress", "yes"),
        gender="Women",
        title="SCORPIUS Women Mustard Printed A-Line Dress with Shrug",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black maxi with white polka dots, long sleeves, V-neck, front slit, black heels. The caption stopped on a
    # newline. VQA: color.
    case(
        "X1211-041",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length."
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        B.color("black and white"),
        B.pattern("graphic"),
        describe("dress", "a long-sleeve dress with graphic patterns"),
        B.sleeve_length("long-sleeve"),
        gender="Women",
        title="Vero Moda Women Black Polka Dot Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: girl of about ten, pink flared anarkali-style maxi with a green printed border, three-quarter sleeves,
    # round neck, a green dupatta over one arm, juttis, glass bangles. VQA: color (the dupatta's green), is_a.
    case(
        "X1211-042",
        caption(
            "The girl wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is a scarf on her arm. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="the girl"),
        color_of("dress", "green", "other_garment_color"),
        B.pattern("floral"),
        B.sleeve_length("medium-sleeve"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Biba Girls Pink & Green Printed Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: girl of about eight, olive jumpsuit, cap sleeves, round neck, ankle length, tie belt, white sneakers. The
    # caption splits it into a T-shirt and pants. VQA: is_a.
    case(
        "X1211-043",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There "
            "is a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", "contradiction"),
        color_of("jumpsuit", "pure color", "non_answer"),
        B.garment_type("long pants", "contradiction"),
        is_a("jumpsuit", "yes"),
        B.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Olive Green Solid Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: flat lay on white, no person: cobalt-blue shift dress, long bishop sleeves, tie-up keyhole neck. The feed
    # row has no colour. VQA: is_a (echoes the prompt's last word first).
    case(
        "X1211-044",
        caption(
            "The person wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. This person wears a ring. There is an accessory on",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        details("dress", "v-shape neckline"),
        B.material("cotton"),
        is_a("dress", "Answer: yes", "leak"),
        gender="Women",
        title="RARE Women Blue Solid Tie-Up Neck Shift Dress",
        category="Dresses",
    ),
    # Photo: pink-and-white striped playsuit, short sleeves, collar, self belt, shorts, model walking, white sneakers,
    # sunglasses on. VQA: color, describe (the caption says romper).
    case(
        "X1211-045",
        caption(
            "The lady wears a short-sleeve romper with striped patterns. The romper is with cotton fabric. It has a "
            "lapel neckline. The romper is of short length. The lady wears glasses. There is a belt on her waist. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with striped patterns"),
        color_of("playsuit", "pink and white"),
        B.pattern("striped"),
        B.garment_type("short-sleeve romper"),
        describe("playsuit", "a pink and white striped playsuit with short sleeves and a collar"),
        B.material("cotton"),
        gender="Women",
        title="Harpa Women Pink Striped Playsuit",
        category="Playsuit",
        color="Pink",
    ),
]
