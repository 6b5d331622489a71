"""BLIND_1355 (45 products; Myntra dresses and playsuits, caption + span QA): written blind in the sixty-third session.
Measured blind at a6e2e4e (the session's eighth and final rules): 98/116 failures found (84.5%) and 5/154 correct
texts flagged (3.2%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's and girls' dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; Myntra base colours such as Navy Blue, Mustard, Off White, Sea Green). Usual catalog shots: a model on a plain
backdrop, now and then a flat lay, a back view, a prop (stool, straw bag, teddy, racket), layers (denim jacket,
cardigan, a tee under a jumpsuit). Each product was captioned by the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new tokens); each question was then answered by
timpal0l/mdeberta-v3-base-squad2 over that caption, and only where it found no span by the VQA adapter
(Data3_V3_BLIP2_VQA, 30 new tokens, prompt `Question: ... Answer:`).
Who wrote what: every caption is the caption adapter's; it speaks the DeepFashion-MultiModal template ("The lady wears
a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a round neckline..."), never
stops, so every caption ran to the 50-token limit and ends cut mid-sentence or repeats itself. It names no hues, and
often splits a dress into "tank top"/"shirt" + "skirt" and a jumpsuit or playsuit into top + "pants"/"shorts". The
extractive answers are exact spans of the caption: "pure color" to the color question, "a ring" or "sunglasses" to
"What is the person wearing?", the fabric the template guessed. The VQA fallback answers are the ones with hues,
yes/no, and the loops and `Question: ... Answer:` leaks; the comment above each case says which answers fell back.
Labeling conventions and judgement calls: judged against the imagined photo and the title. A caption is labeled by the
failure most visible in it: a wrong garment kind (dress called tank top + skirt) is contradiction, a man's pronoun
is pronoun, an invented accessory is unsupported, repeated sentences are loop; otherwise a caption cut at the limit
is cut. All captions carry hit_limit=True. Fabric guesses are judged on the material answer only: chiffon accepted
for georgette, cotton for cotton blends; a fabric the title contradicts is contradiction, one the title does not
state but the product is not made of is unsupported; "other" (the template's unknown fabric) is non_answer.
"pure color", "solid color" or "floral" to a color question is non_answer. A color, sleeve or fabric belonging to a
layered garment (jacket, cardigan, tee) is other_garment_color for colors and contradiction otherwise. Accessories
answered to "What is the person wearing?" and garment kinds that contradict the article type are contradiction.
"romper" is accepted for a playsuit, "lattice" for checks, "graphic" for prints, "lapel" for a shirt collar,
"suspenders" for straps or a halter, "medium-sleeve" for three-quarter sleeves; near hues (mustard as yellow, lavender
as purple, rust as brown, sea green as green, coral as orange, off-white as white) are accepted.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1355 = [
    # Photo: black sleeveless ribbed knit bodycon midi dress, white sneakers, silver hoops, grey backdrop.
    # Caption adapter; wearing, garment type, color, material: spans of the caption; sleeve length: VQA fallback.
    case(
        "X1355-001",
        caption(
            "The lady wears a tank top with pure color patterns. The tank top is with knitting fabric. It has a round "
            "neckline. The lady wears a long skirt. The skirt is with knitting fabric and pure color patterns. There "
            "is "
            "an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitting"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy sleeveless polyester-crepe jumpsuit, round neck, wide legs, self tie belt, beige heels, white
    # backdrop. Caption adapter; wearing, color, material, details: caption spans; is_a: VQA fallback.
    case(
        "X1355-002",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with other fabric. It has "
            "a "
            "round neckline. There is an accessory on her waist. The jumpsuit is of long length. The jumpsuit is with "
            "other",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        Q.material("other", "non_answer"),
        details("jumpsuit", "round neckline"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: pink georgette playsuit with small white flowers, flutter short sleeves, V-neck, waist tie, shorts,
    # white sneakers, pink backdrop. Caption adapter; wearing, pattern, sleeve, material: spans; color and is_a:
    # VQA fallback (the caption says neither a hue nor "playsuit").
    case(
        "X1355-003",
        caption(
            "This female is wearing a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It "
            "has "
            "a v-shape neckline. This female wears a three-point shorts. The shorts are with chiffon fabric and floral "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction"),
        color_of("playsuit", "pink", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="Berrylush Women Pink Floral Printed Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Photo: girl of about eight in a peach georgette party dress, sleeveless, sequinned bodice, flared knee-length
    # skirt, silver ballerinas, white backdrop. Caption adapter; wearing, details, material: spans; color: VQA
    # fallback, looping.
    case(
        "X1355-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round "
            "neckline. The dress is of medium length. The dress is with chiffon fabric and pure color patterns. The "
            "dress",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of(
            "dress",
            "peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach-peach",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "round neckline"),
        Q.material("chiffon"),
        gender="Girls",
        title="Cutecumber Girls Peach-Coloured Embellished Georgette Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: blue chambray-denim shirt dress, long sleeves rolled up, shirt collar, button placket, self belt, knee
    # length, white sneakers. Caption adapter; every answer a caption span.
    case(
        "X1355-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel "
            "neckline. The lady wears a medium-length skirt. The skirt is with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        details("dress", "lapel neckline"),
        gender="Women",
        title="Roadster Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: maroon georgette wrap maxi dress, long balloon sleeves, V-neck, waist tie, gold earrings, no ring visible,
    # dim studio backdrop. Caption adapter (repeats the ring sentence); all answers caption spans.
    case(
        "X1355-006",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a ring. The lady wears a ring. The lady "
            "wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Athena Women Maroon Solid Georgette Wrap Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: olive cotton-twill utility jumpsuit, rolled short sleeves, collar, flap chest pockets, belt, tapered legs,
    # white sneakers. Caption adapter; wearing, garment type, color, material: spans; is_a: VQA fallback.
    case(
        "X1355-007",
        caption(
            "This woman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has "
            "a lapel neckline. This woman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: girl in a yellow-and-white vertical striped sleeveless cotton A-line dress, knee length, round neck,
    # holding a teddy bear, white backdrop. Caption adapter (loops); color: VQA fallback; the rest caption spans.
    case(
        "X1355-008",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. The lady wears a sleeveless dress with striped patterns. The "
            "dress "
            "is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        color_of("dress", "yellow and white", kind="open"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="YK Girls Yellow Striped Cotton A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: green rayon tiered maxi dress with white flowers, puff short sleeves, square neck, straw bag hung on the
    # forearm, beige backdrop. Caption adapter; all answers caption spans (mdeberta took "floral" for the color).
    case(
        "X1355-009",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. It has a square neckline. The dress she "
            "wears is of long length. There is an accessory on her wrist. The lady wears a ring. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("dress"),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        details("dress", "square neckline"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="Sassafras Women Green & White Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black crepe playsuit with tiny white dots, sleeveless tie straps, shorts; a blue denim jacket worn open
    # over it, white backdrop. Caption adapter (describes the jacket); color: VQA fallback (the caption never says
    # "playsuit"); the rest caption spans.
    case(
        "X1355-010",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with denim fabric. It has a "
            "lapel "
            "neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and graphic",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns", "contradiction"),
        color_of("playsuit", "blue", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Black Printed Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: mustard cotton A-line calf-length dress with blue block-printed motifs, three-quarter sleeves, round neck
    # with keyhole, juttis, white backdrop. Caption adapter (loops); color, is_a: VQA fallback; the rest spans.
    case(
        "X1355-011",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of long length. The lady wears a medium-sleeve dress with graphic patterns. The "
            "dress is with cotton fabric. It",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        color_of("dress", "yellow", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Libas Women Mustard Yellow & Blue Ethnic Motifs Printed Cotton A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: flat lay, no model: light pink cotton-jersey short-sleeve dress with a small white heart print, on white.
    # Caption adapter (loops, calls it a T-shirt); color: VQA fallback; the rest caption spans.
    case(
        "X1355-012",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The T-shirt is of long length. The lady wears a short-sleeve T-shirt with graphic "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        color_of("dress", "pink", kind="open"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Girls",
        title="H&M Girls Light Pink Patterned Jersey Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: red polyester-crepe sheath dress, cap sleeves, round neck, knee length, thin gold bracelet, black heels,
    # grey backdrop. Caption adapter; all answers caption spans.
    case(
        "X1355-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        details("dress", "round neckline"),
        gender="Women",
        title="AND Women Red Solid Sheath Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: back view (the main image): teal sleeveless culotte jumpsuit, wrap V-neck seen from behind as a deep
    # back, cropped wide legs, white backdrop. Caption adapter; wearing, color, sleeve: spans; is_a: VQA fallback.
    case(
        "X1355-014",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. The "
            "lady "
            "wears a three-quarter pants. The pants are with chiffon fabric and pure color patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Harpa Women Teal Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Teal",
    ),
    # Photo: white cotton schiffli-embroidered fit and flare dress, short puff sleeves, square neck, knee length,
    # brown sandals, cane chair beside her. Caption adapter (loops); color: VQA fallback; the rest caption spans.
    case(
        "X1355-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium length. The lady wears a short-sleeve dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        color_of("dress", "white", kind="open"),
        Q.pattern("pure color"),
        details("dress", "square neckline"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women White Self Design Schiffli Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: black-and-white gingham playsuit, short puff sleeves, sweetheart neck, shorts, white sneakers, grey
    # backdrop. Caption adapter; wearing, pattern, sleeve, material: spans; color: VQA fallback.
    case(
        "X1355-016",
        caption(
            "Her shirt has short sleeves, cotton fabric and lattice patterns. It has a square neckline. The shorts she "
            "wears is of three-point length. The shorts are with cotton fabric and lattice patterns. There is an "
            "accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("shorts", "contradiction"),
        color_of("playsuit", "black and white", kind="open"),
        Q.pattern("lattice"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender="Women",
        title="Sera Women Black & White Checked Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: navy georgette maxi dress with off-white flowers, long sleeves, V-neck, waist tie; she holds a straw hat
    # at her side (not on her head), white backdrop. Caption adapter ("wears a hat"); color: VQA fallback, looping;
    # the rest caption spans. The feed row has no article type.
    case(
        "X1355-017",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape "
            "neckline. The dress is of long length. The lady wears a hat. There is an accessory on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns"),
        color_of(
            "dress",
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Nayo Women Navy Blue & Off-White Floral Printed Maxi Dress",
        color="Navy Blue",
    ),
    # Photo: girl in a blue denim sleeveless jumpsuit worn over a white short-sleeve tee (not part of the product),
    # full length, white sneakers, white backdrop. Caption adapter (describes tee and "pants"); color: VQA fallback
    # (answers the tee's color); wearing, material: spans; is_a: VQA fallback.
    case(
        "X1355-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        Q.material("cotton", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Girls",
        title="Naughty Ninos Girls Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: lavender satin slip midi dress, spaghetti straps, cowl neck, white backdrop. Caption adapter (loops);
    # color: VQA fallback; the rest caption spans.
    case(
        "X1355-019",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. The lady wears a sleeveless dress with pure color "
            "patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "purple", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("dress", "suspenders neckline"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="DressBerry Women Lavender Solid Slip Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: woman with a short crop haircut in a grey melange cotton T-shirt dress, short sleeves, round neck, knee
    # length, white sneakers. Caption adapter ("The gentleman"); all answers caption spans.
    case(
        "X1355-020",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It "
            "has a round neckline. The T-shirt is of long length. The gentleman wears a short-sleeve T-shirt with pure",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="HERE&NOW Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: coral cotton-linen playsuit, round neck, short ruffle sleeves, shorts, fabric belt, tan sandals, beige
    # backdrop.
    # Caption adapter; wearing, material, details: spans; color and is_a: VQA fallback.
    case(
        "X1355-021",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric. It has a "
            "round neckline. There is an accessory on her waist. The romper is of three-point length. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with pure color patterns"),
        color_of("playsuit", "orange", kind="open"),
        is_a("playsuit", "yes"),
        Q.material("cotton"),
        details("playsuit", "an accessory on her waist"),
        gender="Women",
        title="Athena Women Coral Solid Belted Playsuit",
        category="Playsuit",
        color="Coral",
    ),
    # Photo: back view of a rust satin sleeveless maxi dress with an open back and criss-cross straps, model facing
    # away, white backdrop. Caption adapter (loops); color: VQA fallback, looping; the rest caption spans.
    case(
        "X1355-022",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of "
            "long length. The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of(
            "dress",
            "brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-brown-",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "long length"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid Backless Maxi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: girl in a sky-blue cotton playsuit with white cloud print, flutter sleeves, shorts, yellow sunglasses
    # pushed up on her head, white backdrop. Caption adapter (tee + shorts); color: VQA fallback; the rest spans.
    case(
        "X1355-023",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and graphic "
            "patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        color_of("playsuit", "blue", kind="open"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        gender="Girls",
        title="Pantaloons Junior Girls Blue Printed Cotton Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: off-white linen midi shirt dress, long sleeves, collar, buttons, belt, tan bag on the shoulder. Caption
    # adapter (a hue slipped into the template; shirt + skirt); all answers caption spans.
    case(
        "X1355-024",
        caption(
            "The lady wears a long-sleeve white shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt", "contradiction"),
        color_of("dress", "white", kind="open"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "lapel neckline"),
        gender="Women",
        title="MANGO Women Off-White Solid Linen Midi Shirt Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: beige polyester-crepe culotte jumpsuit, short kimono sleeves, wrap V-neck, fabric belt, cropped wide legs,
    # white bag, grey backdrop. Caption adapter; is_a: VQA fallback; the rest caption spans.
    case(
        "X1355-025",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It "
            "has "
            "a v-shape neckline. There is an accessory on her waist. The jumpsuit is of three-quarter length. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        details("jumpsuit", "v-shape neckline"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Zink London Women Beige Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Photo: red-and-black buffalo-check cotton flannel A-line dress, long sleeves, collar, knee length, watch on the
    # wrist, black ankle boots. Caption adapter; color and is_a: VQA fallback (the color one leaks the prompt); the
    # rest caption spans.
    case(
        "X1355-026",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with lattice patterns"),
        color_of(
            "dress",
            "red and black Question: What is the color of the dress? Answer: red and black Question: What is the color "
            "of the dress? Answer: red",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Miss Chase Women Red & Black Checked A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: mauve sleeveless playsuit with ruffled straps, V-neck, smocked waist, shorts; model sits on a white stool.
    # Caption adapter (tank top + shorts); color: VQA fallback, looping on a wrong hue; the rest caption spans.
    case(
        "X1355-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. It "
            "has a "
            "v-shape neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        color_of(
            "playsuit",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink "
            "pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("playsuit", "v-shape neckline"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Kassually Women Mauve Solid Ruffled Playsuit",
        category="Playsuit",
        color="Mauve",
    ),
    # Photo: girl in a navy cotton fit and flare dress with a white unicorn print, cap sleeves, round neck, under an
    # open white knit cardigan, white backdrop. Caption adapter (cardigan then dress, right); color: VQA fallback
    # (the cardigan's color); the rest caption spans.
    case(
        "X1355-028",
        caption(
            "Her cardigan has long sleeves, knitting fabric and pure color patterns. The lady wears a short-sleeve "
            "dress "
            "with graphic patterns. The dress is with cotton fabric. It has a round neckline. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Peppermint Girls Navy Blue Printed Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black halter-neck jumpsuit, wide full-length legs, bangle on the wrist, black heels, dark grey backdrop.
    # Caption adapter; color and is_a: VQA fallback; the rest caption spans.
    case(
        "X1355-029",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with other fabric. It has "
            "a "
            "suspenders neckline. The jumpsuit is of long length. There is an accessory on her wrist. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        color_of("jumpsuit", "black", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("other", "non_answer"),
        details("jumpsuit", "suspenders neckline"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="STREET 9 Women Black Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: pink cotton maxi dress with gold foil print, three-quarter sleeves, round neck, flared; no ring on her
    # hands. Caption adapter (loops on the ring); color: VQA fallback; the rest caption spans. No base colour column.
    case(
        "X1355-030",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of long length. The lady wears a ring. The lady wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        color_of("dress", "pink and gold", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Biba Women Pink Foil Printed Cotton Maxi Dress",
        category="Dresses",
    ),
    # Photo: flat lay of a peach cotton sleeveless jumpsuit with frilled shoulders, full length, on white. Caption
    # adapter ("The lady wears", tank top + pants); all answers caption spans.
    case(
        "X1355-031",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It has "
            "a "
            "round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="max Girls Peach Solid Cotton Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Photo: green cotton A-line knee-length dress with white ethnic motifs, short sleeves, round neck, potli bag on
    # the wrist, white backdrop. Caption adapter; color: VQA fallback; the rest spans. The row has no gender.
    case(
        "X1355-032",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a short",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        color_of("dress", "green", kind="open"),
        Q.pattern("graphic"),
        details("dress", "round neckline"),
        Q.material("cotton"),
        title="Vishudh Women Green Ethnic Motifs Printed A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: blue georgette playsuit with small white flowers, long sleeves with elastic cuffs, V-neck, shorts,
    # sunglasses on. Caption adapter (loops); all answers caption spans (mdeberta took "sunglasses" and "floral").
    case(
        "X1355-033",
        caption(
            "The lady wears a long-sleeve romper with floral patterns. The romper is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears sunglasses. The lady wears a long-sleeve romper with floral patterns. "
            "The "
            "romper",
            "loop",
            hit_limit=True,
        ),
        wearing("sunglasses", "contradiction"),
        color_of("playsuit", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="ONLY Women Blue Floral Print Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: mustard sleeveless cotton A-line mini dress, square neck, bare wrists and hands, white sneakers, white
    # backdrop. Caption adapter (invents a wrist accessory); all answers caption spans.
    case(
        "X1355-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square "
            "neckline. The dress is of medium short length. There is an accessory on her wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "an accessory on her wrist", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: white cotton shirt dress with blue pinstripes, short sleeves, collar, belted, knee length, white sneakers.
    # Caption adapter; color: VQA fallback; the rest caption spans.
    case(
        "X1355-035",
        caption(
            "The lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "lapel "
            "neckline. There is an accessory on her waist. The dress is of medium length. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with striped patterns"),
        describe("dress", "a short-sleeve dress with striped patterns"),
        color_of("dress", "white-blue", kind="open"),
        Q.pattern("striped"),
        Q.material("cotton"),
        gender="Women",
        title="Berrylush Women White & Blue Striped Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: girl in a red cotton pique polo dress, short sleeves, polo collar, small logo, knee length, holding a
    # tennis racket. Caption adapter (loops, "T-shirt"); is_a: VQA fallback, leaking the prompt; the rest spans.
    case(
        "X1355-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a "
            "lapel neckline. The T-shirt is of medium length. The lady wears a short-sleeve T-shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "lapel neckline"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="U.S. Polo Assn. Kids Girls Red Solid Polo T-shirt Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black georgette wrap midi dress with white polka dots, flutter short sleeves, V-neck, beige backdrop.
    # Caption adapter (dots read as floral); color: VQA fallback; the rest caption spans.
    case(
        "X1355-037",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape "
            "neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction"),
        Q.pattern("floral", "contradiction"),
        color_of("dress", "black", kind="open"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Harpa Women Black & White Polka Dot Wrap Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: burgundy velvet playsuit, long sleeves, V-neck, shorts, black backdrop. Caption adapter (loops); details:
    # VQA fallback (no span), looping; the rest caption spans.
    case(
        "X1355-038",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with furry fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve romper with pure color patterns. The romper is with furry "
            "fabric",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve romper with pure color patterns"),
        color_of("playsuit", "pure color", "non_answer", kind="open"),
        Q.material("furry", "contradiction"),
        details(
            "playsuit",
            "the playsuit details are the sleeves, the neckline, the sleeves, the neckline, the sleeves, the neckline, "
            "the sleeves",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Rare Women Burgundy Solid Velvet Playsuit",
        category="Playsuit",
        color="Burgundy",
    ),
    # Photo: mid-blue denim jumpsuit, long sleeves rolled, collar, zip front, belted, full length, white sneakers.
    # Caption adapter; color: VQA fallback; the rest caption spans (details got only "The jumpsuit").
    case(
        "X1355-039",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with denim fabric. It has "
            "a "
            "lapel neckline. There is an accessory on her waist. The jumpsuit is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jumpsuit with pure color patterns"),
        color_of("jumpsuit", "blue", kind="open"),
        describe("jumpsuit", "a long-sleeve jumpsuit"),
        details("jumpsuit", "The jumpsuit", "restated"),
        Q.material("denim"),
        gender="Women",
        title="DOLCE CRUDO Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: girl with a pixie haircut in an orange sleeveless cotton A-line dress with a frill hem, white sandals,
    # white backdrop. Caption adapter ("His", "this man", tank top + skirt); all answers caption spans.
    case(
        "X1355-040",
        caption(
            "His tank top has sleeves cut off, cotton fabric and pure color patterns. It has a round neckline. The "
            "skirt "
            "this man wears is of medium length. The skirt is with cotton fabric and pure color patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("sleeves cut off"),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Orange Solid Cotton A-Line Dress",
        category="Dresses",
        color="Orange",
    ),
    # Photo: olive cotton-blend shift dress, short sleeves, round neck, patch pocket, knee length, white backdrop.
    # Caption adapter (loops); color and is_a: VQA fallback; the rest caption spans.
    case(
        "X1355-041",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a short-sleeve dress with pure color "
            "patterns",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        color_of("dress", "green", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "round neckline"),
        is_a("dress", "yes"),
        gender="Women",
        title="Chemistry Women Olive Green Solid Shift Dress",
        category="Dresses",
        color="Olive",
    ),
    # Photo: girl in a pink cotton sleeveless jumpsuit with a ditsy floral print, frilled shoulders, full length, no
    # accessories, white backdrop. Caption adapter; all answers caption spans ("floral" for the color).
    case(
        "X1355-042",
        caption(
            "The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with cotton fabric. It has a "
            "round neckline. The jumpsuit is of long length. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with floral patterns"),
        color_of("jumpsuit", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Cherry Crumble Girls Pink Floral Printed Cotton Jumpsuit",
        category="Jumpsuit",
        color="Pink",
    ),
    # Photo: off-white cotton maxi dress with red flowers, three-quarter sleeves, round neck with tie, flared, silver
    # bangles. Caption adapter; color: VQA fallback, looping; details: the caption's cut last words.
    case(
        "X1355-043",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of long length. There is an accessory on her wrist. The lady wears a ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        color_of(
            "dress",
            "white and red white and red white and red white and red white and red white and red white and red white "
            "and red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "a ring on", "cut"),
        Q.pattern("floral"),
        Q.material("cotton"),
        gender="Women",
        title="W Women Off-White & Red Floral Printed Cotton Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: sea green georgette sleeveless jumpsuit, square neck with ruched bust, wide full-length legs, watch on the
    # wrist, white backdrop. Caption adapter; color and is_a: VQA fallback; the rest caption spans.
    case(
        "X1355-044",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric. It "
            "has a "
            "square neckline. The jumpsuit is of long length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        color_of("jumpsuit", "green", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "square neckline"),
        Q.material("chiffon"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Sera Women Sea Green Solid Georgette Jumpsuit",
        category="Jumpsuit",
        color="Sea Green",
    ),
    # Photo: girl in a blue denim playsuit, short sleeves, collar, button placket, shorts, white sneakers, white
    # backdrop. Caption adapter (shirt + shorts); color: VQA fallback; the rest caption spans.
    case(
        "X1355-045",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel "
            "neckline. The lady wears a three-point shorts. The shorts are with denim fabric and pure color patterns. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shorts", "contradiction"),
        color_of("playsuit", "blue", kind="open"),
        Q.material("denim"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Gini and Jony Girls Blue Denim Playsuit",
        category="Playsuit",
        color="Blue",
    ),
]
