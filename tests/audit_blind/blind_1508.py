"""BLIND_1508 (45 products; Myntra dresses and tops, epoch-3 caption + QA): written blind in the sixty-fifth session.
Measured blind at 71dbb3c (the session's sixth rules): 105/136 failures found (77.2%) and 10/179 correct texts
flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra women's dresses and tops feed (article types Dresses, Tops, Tunics; base colours as Myntra spells
them; gender Women). Each first catalog image was captioned by BLIP-2 OPT-2.7b with the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption), greedy, 50 new tokens. Six questions were then answered by extractive
QA (timpal0l/mdeberta-v3-base-squad2) over that caption alone: "What is she wearing?" and the blind closed questions
(garment type, color, pattern, sleeve length) plus the material question. The photos are the usual catalog shots: a
model on a plain backdrop wearing the product with jeans, trousers, a skirt or shorts; one flat lay, one back view,
a few props (a bag, a stool, a coffee cup), a jacket draped over one dress and worn over one top.
Who wrote what: every caption is the caption adapter's; every answer is a span the QA model cut out of that caption
(an empty string where it chose no answer). Nothing else touched the texts.
Labeling conventions and judgement calls: the adapter learned the DeepFashion-MultiModal template, so captions name
patterns and fabrics ("pure color", "floral", "cotton") and never a hue; the QA model can only answer the color
question with a pattern word, so every color answer is wrong: non_answer when the span is the product's own pattern
or empty, other_garment_color when the span belongs to the jeans or shorts ("denim", the bottom's "pure color").
"denim" for a blue denim top is left correct. Captions never learned to stop: most ran to 50 tokens and end mid-
sentence (cut, hit_limit=True); a caption that restarts its template or repeats a sentence is a loop; a caption whose
main content is wrong (a jacket's sleeves for a sleeveless product, a dress read as tank top and skirt, polka dots
called pure color, "gentleman" for a woman, a ring or glasses that are not in the photo) takes that kind instead of
cut, still with hit_limit=True. Three captions ran to the limit ending exactly at a full stop with nothing wrong:
hit_limit=True, unmarked. One caption stopped on its own and is correct. Answers never hit the 30-token limit (they
are extracted spans), but a span taken from the cut end of a caption can itself be cut. Materials: "cotton" for a
polyester or viscose product whose title names no fabric is unsupported; a fabric that the title contradicts
(Georgette, Satin, Linen-Blend) or that belongs to the other garment is a contradiction; "other" is a non_answer.
"chiffon" for a sheer polyester dress, "shirt" for a woven top or a shirt-like tunic, "sweater" for a knitted top,
"tank top" for a camisole, "graphic" for prints and "pure color" for tone-on-tone or self-design fabric are accepted.
"upper clothing" as the garment type, or as what she is wearing, says nothing: non_answer. A flat lay captioned as a
lady wearing the dress is judged on what it says about the dress; its invented ring and wrist accessory are not.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, wearing


def she(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="she", hit_limit=hit_limit)


W = "Women"

BLIND_1508 = [
    # Photo: model, front, black sleeveless fit-and-flare dress, round neck, knee length, white sneakers; polyester
    # crepe. Caption: epoch-3 caption adapter (restarts its template, 50 tokens). Answers: mdeberta QA over the caption.
    case(
        "X1508-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, navy and white horizontal stripes, short sleeves, round neck, cotton jersey, tucked into light
    # blue jeans, a watch. Caption: caption adapter, cut at 50 tokens. Answers: QA over the caption (color from jeans).
    case(
        "X1508-002",
        caption(
            "This woman is wearing a short-sleeve T-shirt with stripe patterns and a long pants. The T-shirt is with "
            "cotton fabric. It has a round neckline. The pants are with denim fabric and solid color patterns. There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve T-shirt with stripe patterns and a long pants"),
        Q.garment_type("T-shirt"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("stripe"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Navy Blue Striped Top",
        category="Tops",
        color="Navy Blue",
    ),
    # Photo: model, pink floral maxi, short flutter sleeves, V-neck, sheer polyester chiffon, bangles and a ring.
    # Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-003",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring "
            "on her",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender=W,
        title="Tokyo Talkies Women Pink Floral Print Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: model, white sleeveless rayon top worn under an open denim jacket (styling), black jeans. Caption:
    # caption adapter describes the jacket as the shirt. Answers: QA over the caption, all about the jacket.
    case(
        "X1508-004",
        caption(
            "This lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. The "
            "lower clothing is of long",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("denim", "contradiction"),
        gender=W,
        title="HERE&NOW Women White Solid Sleeveless Regular Top",
        category="Tops",
        color="White",
    ),
    # Photo: model, yellow floral georgette A-line midi, long puff sleeves, square neck, a bracelet. Caption: caption
    # adapter, cut. Answers: QA over the caption; "chiffon" against the title's Georgette.
    case(
        "X1508-005",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring "
            "on",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender=W,
        title="Berrylush Women Yellow Floral Printed Georgette A-Line Midi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: model, maroon self-design (dobby) wrap top, three-quarter sleeves, V-neck, opaque polyester, white
    # trousers. Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-006",
        caption(
            "The female is wearing a medium-sleeve shirt with pure color patterns and a long trousers. The shirt is "
            "with chiffon fabric. It has a v-shape neckline. The trousers are with cotton fabric and pure color "
            "patterns. There is",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with pure color patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon", "unsupported"),
        gender=W,
        title="DressBerry Women Maroon Self Design Wrap Top",
        category="Tops",
        color="Maroon",
    ),
    # Photo: model, blue denim shirt dress, long sleeves rolled, collar, self belt, knee length, a watch. Caption:
    # caption adapter, ran to 50 tokens and happened to end on a full stop; all of it is right.
    case(
        "X1508-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with denim fabric. It has a "
            "lapel neckline. The dress is of medium short length. There is an accessory on her wrist. This lady wears "
            "a belt.",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim"),
        gender=W,
        title="Vero Moda Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model, black polyester crepe top with white polka dots, short sleeves, round neck, black cotton skirt.
    # Caption: caption adapter (upper/lower template), cut. Answers: QA; color and material taken from the skirt.
    case(
        "X1508-008",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton", "contradiction"),
        gender=W,
        title="Mango Women Black & White Polka Dot Print Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model, mustard cotton A-line dress with white block-print motifs, three-quarter sleeves, round neck,
    # calf length, bangles and a ring. Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-009",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring "
            "on her finger. The",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="AKS Women Mustard Yellow & White Printed Pure Cotton A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: model, olive ribbed cotton crop tank, square neck, navel showing, high-waist black jeans. Caption:
    # caption adapter, cut. Answers: QA; no sleeve words in the caption, so no sleeve answer.
    case(
        "X1508-010",
        caption(
            "This woman wears a tank top with pure color patterns. The tank top is with cotton fabric. It has a square "
            "neckline. The tank top does not cover the navel. The trousers this woman wears is of long length. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        she("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Olive Green Solid Ribbed Crop Top",
        category="Tops",
        color="Olive",
    ),
    # Photo: back view of a model in a red polyester crepe V-neck wrap midi dress, long sleeves (the back neck is
    # round). Caption: caption adapter restarts its template. Answers: QA over the caption.
    case(
        "X1508-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a long-sleeve dress with pure color patterns. "
            "The dress is with",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Sera Women Red Solid V-Neck Wrap Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, white cotton schiffli (white-on-white eyelet) top, short puff sleeves, round neck, blue jeans.
    # Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="AND Women White Schiffli Embroidered Cotton Top",
        category="Tops",
        color="White",
    ),
    # Photo: model with a short bob, black long-sleeve bodycon dress (polyester-elastane), round neck, above knee,
    # carrying a handbag on her wrist. Caption: caption adapter calls her a gentleman. Answers: QA over the caption.
    case(
        "X1508-013",
        caption(
            "The gentleman wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a round neckline. The dress is of short length. There is an accessory on his wrist. This gentleman wears "
            "a",
            "pronoun",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Mast & Harbour Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, peach polyester peplum top, cap sleeves, round neck, white jeans. Caption: caption adapter
    # (upper/lower template), cut. Answers: QA; "The fabric is denim" is the jeans' sentence.
    case(
        "X1508-014",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("denim", "contradiction"),
        gender=W,
        title="Harpa Women Peach-Coloured Solid Peplum Top",
        category="Tops",
        color="Peach",
    ),
    # Photo: model, green floral maxi with spaghetti straps, V-neck, thigh slit; no necklace, no glasses. Caption:
    # caption adapter adds a neck accessory and glasses. Answers: QA over the caption.
    case(
        "X1508-015",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her neck. This lady wears a "
            "pair of glasses. The",
            "unsupported",
            hit_limit=True,
        ),
        she("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender=W,
        title="Athena Women Green Floral Print Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model, black top with sheer lace sleeves and yoke, round neck, black trousers, a ring. Caption: caption
    # adapter, cut. Answers: QA over the caption.
    case(
        "X1508-016",
        caption(
            "This woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "lace fabric. It has a round neckline. The pants are with cotton fabric and pure color patterns. There is "
            "an accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("lace"),
        gender=W,
        title="Vero Moda Women Black Lace Inserts Regular Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model, navy polyester fit-and-flare dress with white polka dots, short sleeves, V-neck, knee length,
    # a bracelet and a ring. Caption: caption adapter calls the dots pure color. Answers: QA over the caption.
    case(
        "X1508-017",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears "
            "a ring on her",
            "contradiction",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Navy Blue Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: model, mustard ribbed knit fitted top, long sleeves, round neck, tucked into blue jeans. Caption:
    # caption adapter reads the top as a sweater. Answers: QA over the caption.
    case(
        "X1508-018",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric. It has a round neckline. The pants are with denim fabric and pure color patterns. This "
            "lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve sweater with pure color patterns and a long pants", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender=W,
        title="Roadster Women Mustard Yellow Solid Ribbed Fitted Top",
        category="Tops",
        color="Mustard",
    ),
    # Photo: flat lay, no person: lavender cotton shirt dress, short sleeves, collar, buttons, fabric belt laid beside
    # it. Caption: caption adapter invents a wrist accessory and a ring. Answers: QA over the caption.
    case(
        "X1508-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium short length. There is an accessory on her wrist. This lady wears "
            "a ring",
            "unsupported",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Femella Women Lavender Solid Cotton Shirt Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: model, white and blue vertical-striped cotton shirt-style top, long sleeves, collar, tucked into white
    # trousers, a watch. Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-020",
        caption(
            "This woman is wearing a long-sleeve shirt with stripe patterns and a long trousers. The shirt is with "
            "cotton fabric. It has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with stripe patterns and a long trousers"),
        Q.garment_type("shirt"),
        Q.color("stripe", "non_answer"),
        Q.pattern("stripe"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Sassafras Women White & Blue Striped Shirt Style Top",
        category="Tops",
        color="White",
    ),
    # Photo: model, beige linen-blend shirt dress, short sleeves, collar, knee length, a straw bag on her wrist.
    # Caption: caption adapter, cut. Answers: QA; "cotton" against the title's Linen-Blend.
    case(
        "X1508-021",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium short length. There is an accessory on her wrist. The lady wears "
            "a",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "contradiction"),
        gender=W,
        title="H&M Women Beige Linen-Blend Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: model, red top with small white flowers, sleeveless with ruffled shoulders, V-neck, black denim shorts,
    # a bracelet. Caption: caption adapter (upper/lower template), cut. Answers: QA; material from the shorts.
    case(
        "X1508-022",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and floral patterns. It has a v-shape neckline. The "
            "lower clothing is of three-point length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist",
            "cut",
            hit_limit=True,
        ),
        she("upper clothing", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("no sleeves"),
        Q.material("denim", "contradiction"),
        gender=W,
        title="ONLY Women Red Floral Print Ruffled Top",
        category="Tops",
        color="Red",
    ),
    # Photo: model, black sequinned sheath party dress, sleeveless, V-neck, short, a choker and a cuff bracelet.
    # Caption: caption adapter, cut. Answers: QA; "other" fabric says nothing.
    case(
        "X1508-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "v-shape neckline. The dress is of short length. There is an accessory on her neck. There is an accessory "
            "on her wrist. There",
            "cut",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("other", "non_answer"),
        gender=W,
        title="Rare Women Black Embellished Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, blue denim sleeveless button-front top, round neck, white jeans. Caption: caption adapter, cut.
    # Answers: QA; "denim" for the denim top itself is kept as right.
    case(
        "X1508-024",
        caption(
            "This woman wears a tank top with pure color patterns. The tank top is with denim fabric. It has a round "
            "neckline. The pants this woman wears is of long length. The pants are with denim fabric and pure color "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        she("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("denim"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("denim"),
        gender=W,
        title="Kraus Jeans Women Blue Solid Denim Sleeveless Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: model, teal cotton maxi with an ethnic print, long sleeves, round neck, floor length. Caption: caption
    # adapter repeats the length sentence. Answers: QA over the caption.
    case(
        "X1508-025",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of long length. The dress is of long length. The dress is of long length. The "
            "dress is of long",
            "loop",
            hit_limit=True,
        ),
        she("a long-sleeve dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Ishin Women Teal Printed Cotton Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: model, black off-shoulder bardot top (polyester-spandex), long sleeves, straight neckline, blue jeans.
    # Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-026",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The pants the lady wears is of long length. The pants are with denim fabric and solid "
            "color patterns. There is an accessory",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Berrylush Women Black Solid Off-Shoulder Bardot Top",
        category="Tops",
        color="Black",
    ),
    # Photo: model, one-piece A-line dress with a black sleeveless bodice and a white flared skirt, round neck, knee
    # length; polyester. Caption: caption adapter reads it as a tank top and a skirt. Answers: QA over the caption.
    case(
        "X1508-027",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a medium short skirt. The tank top is "
            "with cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        she("a sleeveless tank top with pure color patterns and a medium short skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Mast & Harbour Women Black & White Colourblocked A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model, grey melange cotton top with a front graphic print, short sleeves, round neck, black denim
    # shorts. Caption: caption adapter, cut in a new sentence. Answers: QA; the wearing span is that cut end.
    case(
        "X1508-028",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is denim and it has pure color patterns. This lady "
            "wears a long",
            "cut",
            hit_limit=True,
        ),
        she("a long", "cut"),
        Q.garment_type("", "non_answer"),
        Q.color("pure color", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Grey Melange Graphic Print Top",
        category="Tops",
        color="Grey Melange",
    ),
    # Photo: model seated on a wooden stool, rust polyester A-line dress, sleeveless, V-neck, knee length, barefoot,
    # a thin bracelet. Caption: caption adapter invents socks. Answers: QA over the caption.
    case(
        "X1508-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of medium short length. This lady wears socks. There is an accessory on "
            "her wrist. This",
            "unsupported",
            hit_limit=True,
        ),
        she("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Zink London Women Rust Solid A-Line Dress",
        category="Dresses",
        color="Rust",
    ),
    # Photo: model, cream knitted short-sleeve top, round neck, brown trousers, a watch. Caption: caption adapter,
    # cut. Answers: QA over the caption.
    case(
        "X1508-030",
        caption(
            "The person wears a short-sleeve sweater with pure color patterns and a long trousers. The sweater is with "
            "knitting fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        she("a short-sleeve sweater with pure color patterns and a long trousers"),
        Q.garment_type("sweater"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("knitting"),
        gender=W,
        title="Marks & Spencer Women Cream Solid Knitted Top",
        category="Tops",
        color="Cream",
    ),
    # Photo: model, white cotton shift dress, short sleeves, round neck, above knee, no jewellery. Caption: caption
    # adapter, stopped on its own before the limit; all of it is right. Answers: QA over the caption.
    case(
        "X1508-031",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length."
        ),
        she("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="SASSAFRAS Women White Solid Cotton Shift Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: model, green cotton tunic with white print, three-quarter sleeves, mandarin collar, button placket, white
    # leggings, bangles. Caption: caption adapter, cut. Answers: QA; pattern taken from the leggings.
    case(
        "X1508-032",
        caption(
            "The lady wears a medium-sleeve shirt with graphic patterns and a long leggings. The shirt is with cotton "
            "fabric. It has a stand neckline. The leggings are with cotton fabric and pure color patterns. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve shirt with graphic patterns and a long leggings"),
        Q.garment_type("shirt"),
        Q.color("graphic", "non_answer"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Vishudh Women Green & White Printed Tunic",
        category="Tunics",
        color="Green",
    ),
    # Photo: model, blue floral tiered cotton maxi, sleeveless, square neck, a bracelet. Caption: caption adapter
    # repeats the accessory sentence. Answers: QA; empty color answer. The feed row has no base colour.
    case(
        "X1508-033",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a square "
            "neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There is an",
            "loop",
            hit_limit=True,
        ),
        she("a sleeveless dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender=W,
        title="Libas Women Blue Floral Printed Cotton Tiered Maxi Dress",
        category="Dresses",
    ),
    # Photo: model, off-white cotton poplin top, short puff sleeves, round neck, beige trousers, two rings. Caption:
    # caption adapter (upper/lower template), cut. Answers: QA; "What is she wearing?" lands on the ring.
    case(
        "X1508-034",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady wears a "
            "ring. There is",
            "cut",
            hit_limit=True,
        ),
        she("a ring", "contradiction"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short sleeves"),
        Q.material("cotton"),
        gender=W,
        title="Chemistry Women Off-White Solid Puff Sleeve Top",
        category="Tops",
        color="Off White",
    ),
    # Photo: back view of a model in a black wrap midi with small white flowers, long sleeves, sheer polyester
    # georgette, a watch and a ring. Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender=W,
        title="DressBerry Women Black Floral Printed Wrap Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: model with cropped hair, blue and white checked cotton top, long sleeves rolled, collar, black jeans,
    # a watch. Caption: caption adapter calls her a gentleman. Answers: QA over the caption.
    case(
        "X1508-036",
        caption(
            "This gentleman wears a long-sleeve shirt with lattice patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. There is an "
            "accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        she("a long-sleeve shirt with lattice patterns and a long pants"),
        Q.garment_type("shirt"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Roadster Women Blue & White Checked Top",
        category="Tops",
        color="Blue",
    ),
    # Photo: model, coral sleeveless polyester skater dress, round neck, knee length, a white cropped jacket draped
    # over her shoulders. Caption: caption adapter gives the dress the jacket's sleeves. Answers: QA over the caption.
    case(
        "X1508-037",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. The lady also wears an outer clothing, with cotton "
            "fabric and pure color",
            "contradiction",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="SASSAFRAS Women Coral Solid Sleeveless Skater Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: model, beige satin camisole, spaghetti straps, V-neck, white trousers. Caption: caption adapter, cut.
    # Answers: QA; "chiffon" against the title's Satin, no sleeve answer.
    case(
        "X1508-038",
        caption(
            "This woman wears a tank top with pure color patterns. The tank top is with chiffon fabric. It has a "
            "suspenders neckline. The trousers this woman wears is of long length. The trousers are with cotton "
            "fabric and pure color patterns",
            "cut",
            hit_limit=True,
        ),
        she("a tank top with pure color patterns"),
        Q.garment_type("tank top"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("chiffon", "contradiction"),
        gender=W,
        title="MANGO Women Beige Satin Finish Camisole Top",
        category="Tops",
        color="Beige",
    ),
    # Photo: model, multicoloured ikat-print tiered viscose maxi, three-quarter sleeves, V-neck with tassels,
    # bangles and rings. Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-039",
        caption(
            "The lady wears a medium-sleeve dress with complicated patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring "
            "on her finger. There",
            "cut",
            hit_limit=True,
        ),
        she("a medium-sleeve dress with complicated patterns"),
        Q.garment_type("dress"),
        Q.color("complicated", "non_answer"),
        Q.pattern("complicated"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Global Desi Women Multicoloured Ikat Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: model, navy sleeveless polyester georgette top with a tie at the neck, round neck, white cotton skirt.
    # Caption: caption adapter, ran to 50 tokens ending on a full stop; all right. The feed row has no article type.
    case(
        "X1508-040",
        caption(
            "The lady wears a sleeveless shirt with pure color patterns. The shirt is with chiffon fabric. It has a "
            "round neckline. The skirt the lady wears is of medium short length. The skirt is with cotton fabric and "
            "pure color patterns.",
            hit_limit=True,
        ),
        she("a sleeveless shirt with pure color patterns"),
        Q.garment_type("shirt"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender=W,
        title="AND Women Navy Blue Solid Tie-Up Neck Top",
        color="Navy Blue",
    ),
    # Photo: model, red cotton A-line dress with a small floral print, short sleeves, round neck, knee length.
    # Caption: caption adapter repeats the length sentence. Answers: QA over the caption.
    case(
        "X1508-041",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium short length. The dress is of medium short length. The dress is of "
            "medium short length. The dress",
            "loop",
            hit_limit=True,
        ),
        she("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender=W,
        title="Sangria Women Red Floral Printed Cotton A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: model, green halter-neck crop top (polyester-spandex), sleeveless, navel showing, blue wide-leg jeans.
    # Caption: caption adapter, cut. Answers: QA; type and color taken from the jeans, no sleeve answer.
    case(
        "X1508-042",
        caption(
            "This woman wears a tank top with pure color patterns and a long pants. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The pants are with denim fabric and pure color patterns. The tank "
            "top does not cover the",
            "cut",
            hit_limit=True,
        ),
        she("a tank top with pure color patterns and a long pants"),
        Q.garment_type("long pants", "contradiction"),
        Q.color("denim", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("", "non_answer"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="Tokyo Talkies Women Green Solid Halter Neck Crop Top",
        category="Tops",
        color="Green",
    ),
    # Photo: model holding a coffee cup, burgundy ribbed knit bodycon midi, long sleeves, round neck, a watch and a
    # ring. Caption: caption adapter, cut. Answers: QA over the caption.
    case(
        "X1508-043",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring "
            "on her finger. This",
            "cut",
            hit_limit=True,
        ),
        she("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitting"),
        gender=W,
        title="FabAlley Women Burgundy Solid Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: model, lavender polyester top, short puff sleeves, square neck, white jeans, a bracelet. Caption:
    # caption adapter (upper/lower template) gives it long sleeves. Answers: QA over the caption.
    case(
        "X1508-044",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a square neckline. The "
            "lower clothing is of long length. The fabric is denim and it has pure color patterns. There is an "
            "accessory on her wrist. The",
            "contradiction",
            hit_limit=True,
        ),
        she("", "non_answer"),
        Q.garment_type("upper clothing", "non_answer"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.material("cotton", "unsupported"),
        gender=W,
        title="DressBerry Women Lavender Solid Puff Sleeve Top",
        category="Tops",
        color="Lavender",
    ),
    # Photo: model, yellow cotton smocked fit-and-flare dress, short sleeves, square neck, knee length, a bracelet
    # and a ring. Caption: caption adapter, ran to 50 tokens ending on a full stop; all right. No gender column.
    case(
        "X1508-045",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of medium short length. There is an accessory on her wrist. This lady wears "
            "a ring.",
            hit_limit=True,
        ),
        she("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Tokyo Talkies Women Yellow Solid Smocked Cotton Fit and Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
]
