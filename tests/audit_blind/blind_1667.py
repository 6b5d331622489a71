"""BLIND_1667 (45 products; Myntra dresses and jumpsuits, e1 caption + QA): written blind in the sixty-seventh session.
Measured blind at f906685 (the session's second rules): 89/98 failures found (90.8%) and 10/182 correct texts flagged
(5.5%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's and girls' dresses, jumpsuits and playsuits (articleType Dresses, Jumpsuit,
Playsuit; gender Women or Girls; baseColour as Myntra names it: Navy Blue, Mustard, Off White, Multi...). Photos are
the usual Myntra shots: a model on a plain backdrop wearing the product with shoes and now and then a jacket, shrug,
overshirt or an inner tee; one flat lay, one back view, a few props (teddy bear, straw hat, balloon, tiara).
Who wrote what: the caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
greedy, 50 new tokens. It writes the DeepFashion-MultiModal template (no hue words at all, patterns as "pure color",
"floral", "graphic", "lattice", fabrics as cotton/chiffon/denim/knitting/furry/other) and at epoch 1 it almost never
stops: most captions run to the limit, either cut mid-sentence or restarting the template. A few stop on their own
after a short template (the base model's newline habit is not fully trained away after one epoch). It often splits a
jumpsuit or playsuit into "tank top / shirt + pants / shorts", and it describes whatever sits on top (jacket,
overshirt, inner tee) as the main garment. Each answer is the span timpal0l/mdeberta-v3-base-squad2 extracts from that
caption; when the squad2 model returns no span (always for yes/no "Is this a ...?", often for the color question,
sometimes for details/description) the question goes to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new
tokens), which usually gives a short hue or yes/no but sometimes loops, echoes the "Question: ... Answer:" format, or
runs on until the limit. The comment above each case says which text came from where.
Labeling conventions and judgement calls: I judged every text against the photo I imagined and the title. A caption that
is cut at the limit but otherwise right is "cut"; a caption that is cut and also wrong in content gets the content label
(contradiction, unsupported, pronoun) and hit_limit=True, because the wrong content is the worse harm; a caption that
restarts its own template or repeats a sentence is "loop". One caption hit the limit exactly at a full stop with all
content right: hit_limit=True and left unmarked. Template accessories ("an accessory on her wrist", "a ring on her
finger", "a hat", "neckwear") are "unsupported" only when the photo shows none; a watch, bangle or ring that is really
there makes them correct. "a ring" as the answer to what the person is wearing is "contradiction". "The lady" for a girl
is left unmarked (the template has no child words and the gender is right); "the gentleman"/"his"/"this man" for a woman
is "pronoun". A pattern word ("pure color", "floral", "graphic") or "other" given for the color or material question is
"non_answer". A hue that belongs to a jacket, inner tee or overshirt is "other_garment_color"; the print's hue given for
a white-ground dress is "contradiction" (the seller's colour contradicts it). Garment type, pattern, sleeves or material
that the title or another garment in the photo contradicts are "contradiction" (a playsuit's wearing answer that names
only a shirt and shorts; sleeves or fabric of the inner top; "chiffon" for a net or satin dress; "lattice" for polka
dots). A material guess the title does not state and the photo cannot refute (cotton for a jersey bodycon) is left
correct. "Peach" answered "pink", "Coral Pink" answered "pink", "Olive" answered "green", "Lavender" answered "purple",
"Navy Blue" answered "blue", "Burgundy" answered "wine" are correct. A playsuit answered "romper", and "yes" to "Is this
a jumpsuit?" for a playsuit, are correct. A VQA answer that echoes "Question: ... Answer:" is "leak" even when the hue
in it is right; one that only repeats a word or clause to the limit is "loop"; one that runs on with plausible content
and stops mid-phrase at the limit is "cut"; "the details of the jumpsuit" is "restated"; an empty string is
"non_answer".
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1667 = [
    # Photo: model in a black sleeveless knee-length bodycon dress (cotton-lycra jersey), nude heels, grey backdrop, no
    # jewellery. Caption: e1 adapter, restarts its own template and hits 50 tokens. wearing, color, sleeves, material,
    # type: squad2 spans from the caption.
    case(
        "X1667-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The lady wears a sleeveless dress with pure color "
            "patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        B.garment_type("dress"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy wrap midi with small white and pink flowers, short flutter sleeves, self tie belt, thin watch, white
    # sneakers. Caption: e1, cut at 50 tokens, content right. color: no span -> VQA adapter ("blue"). Others: spans.
    case(
        "X1667-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. There is a",
            "cut",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("floral"),
        B.sleeve_length("short-sleeve"),
        details("dress", "v-shape neckline"),
        B.material("chiffon"),
        gender="Women",
        title="Berrylush Women Navy Blue Floral Print Wrap Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: girl (about 6) in a pink cotton fit-and-flare dress with a white unicorn print, short puff sleeves, white
    # sandals, hair clip. Caption: e1, stopped on its own after a short template. is_a: VQA (no span for yes/no).
    case(
        "X1667-003",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        B.color("graphic", "non_answer"),
        B.pattern("graphic"),
        is_a("dress", "yes"),
        B.material("cotton"),
        gender="Girls",
        title="Cherry & Jerry Girls Pink Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: maroon sleeveless crepe jumpsuit, wide legs, self tie belt, black heels. Caption: e1 splits the jumpsuit
    # into a tank top and pants, cut at 50. wearing, type, sleeves: spans; color and is_a: VQA.
    case(
        "X1667-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There "
            "is a belt. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long pants", "contradiction"),
        B.garment_type("tank top", "contradiction"),
        B.color("burgundy"),
        B.sleeve_length("sleeveless"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="Harpa Women Maroon Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
    ),
    # Photo: black culotte jumpsuit, short sleeves, V-neck, cropped wide legs, black strap watch, white sneakers.
    # Caption: e1, cut at 50, content right. color: VQA. Others: spans.
    case(
        "X1667-005",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It "
            "has a v-shape neckline. The jumpsuit is of three-quarter length. There is an accessory on her wrist. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns"),
        B.color("black"),
        details("jumpsuit", "v-shape neckline"),
        B.sleeve_length("short-sleeve"),
        B.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: woman (short bob) in an olive short-sleeve button-front playsuit, brown belt, white sneakers, holding a
    # straw hat. Caption: e1 calls her a gentleman and splits the playsuit into shirt + shorts, cut at 50. color: VQA.
    case(
        "X1667-006",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is "
            "with cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color "
            "patterns. This gentleman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a three-point shorts", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.color("green"),
        B.sleeve_length("short-sleeve"),
        B.pattern("pure color"),
        gender="Women",
        title="StyleStone Women Olive Green Solid Playsuit",
        category="Playsuit",
        color="Olive",
    ),
    # Photo: flat lay on white: blue cotton jersey dress with small white stars, long sleeves; no person, no
    # accessories. Caption: e1 writes the person template with wrist accessory and ring, cut at 50. color: VQA.
    case(
        "X1667-007",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on her "
            "finger",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        B.pattern("graphic"),
        B.sleeve_length("long-sleeve"),
        B.color("blue"),
        B.material("cotton"),
        gender="Girls",
        title="H&M Girls Blue Printed Jersey Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: mustard A-line midi with cap sleeves, a light-blue denim jacket worn open over it, white sneakers.
    # Caption: e1, right about both (jacket as "outer clothing"), cut at 50. color: VQA gives the jacket's blue;
    # material: the span picks "denim", which the caption gives the outer clothing.
    case(
        "X1667-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. The "
            "dress is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        B.color("blue", "other_garment_color"),
        B.sleeve_length("short-sleeve"),
        B.material("denim", "contradiction"),
        B.garment_type("dress"),
        gender="Women",
        title="Athena Women Mustard Yellow Solid A-Line Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: light-blue chambray shirt dress, long roll-up sleeves, knee length, belted, brown sandals, sling bag.
    # Caption: e1 calls it a shirt and restarts the template at the limit. All answers: spans.
    case(
        "X1667-009",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has a "
            "lapel neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a long-sleeve "
            "shirt with pure",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.material("denim"),
        B.sleeve_length("long-sleeve"),
        B.color("pure color", "non_answer"),
        gender="Women",
        title="Roadster Women Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: green maxi with a white and yellow floral print, sleeveless with tie shoulders, flat sandals, white
    # backdrop. Caption: e1, stopped on its own, right. color and is_a: VQA.
    case(
        "X1667-010",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length."
        ),
        wearing("a sleeveless dress with floral patterns"),
        B.color("green"),
        B.pattern("floral"),
        details("dress", "suspenders neckline"),
        is_a("dress", "yes"),
        gender="Women",
        title="Sera Women Green Floral Print Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: girl in a red and white horizontally striped sleeveless A-line dress, white sneakers with socks, holding
    # a teddy bear. Caption: e1, cut at 50, right. color and is_a: VQA (is_a loops to the limit).
    case(
        "X1667-011",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. The person wears socks in shoes. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        B.color("red and white"),
        B.pattern("striped"),
        B.sleeve_length("sleeveless"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Red & White Striped A-Line Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black dress with white polka dots, short puff sleeves, V-neck, knee length, red heels, ring and bracelet.
    # Caption: e1 calls the dots "pure color", cut at 50. All answers: spans.
    case(
        "X1667-012",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on "
            "her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", "contradiction"),
        B.pattern("pure color", "contradiction"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("short-sleeve"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Mast & Harbour Women Black & White Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: peach sleeveless playsuit with a ruffled round neckline, tan flats, beige backdrop. Caption: e1, stopped on
    # its own, right. color and is_a: VQA.
    case(
        "X1667-013",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with chiffon fabric. It has a "
            "round neckline. The romper is of three-point length."
        ),
        wearing("a sleeveless romper with pure color patterns"),
        B.garment_type("romper"),
        B.color("pink"),
        is_a("jumpsuit", "yes"),
        B.material("chiffon"),
        gender="Women",
        title="DressBerry Women Peach-Coloured Solid Playsuit",
        category="Playsuit",
        color="Peach",
    ),
    # Photo: teal sleeveless knee-length sheath dress, gold stud earrings, no necklace, no ring, no bracelet, nude
    # heels. Caption: e1 uses the "Her dress has..." template, adds a ring, wrist accessory and neckwear, cut at 50.
    # wearing: the only "wears" in the caption is the ring, so the span is the ring. color: VQA.
    case(
        "X1667-014",
        caption(
            "Her dress has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The dress is of "
            "medium length. This woman wears a ring. There is an accessory on her wrist. This woman has neckwear. Her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        B.color("teal"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="AND Women Teal Blue Solid Sheath Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: girl in a navy sleeveless cotton twill pinafore dress over a white short-sleeve tee, white sneakers.
    # Caption: e1 makes the tee the main garment and the pinafore "outer clothing", cut at 50. color: VQA gives the
    # tee's white. Others: spans, all about the tee.
    case(
        "X1667-015",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. There "
            "is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        B.color("white", "other_garment_color"),
        B.garment_type("T-shirt", "contradiction"),
        B.sleeve_length("short-sleeve", "contradiction"),
        B.material("cotton"),
        gender="Girls",
        title="Budding Bees Girls Navy Blue Solid Pinafore Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: rust long-sleeve jumpsuit, V-neck, tie waist, gold bangle, beige heels. Caption: e1, cut at 50, right.
    # is_a: VQA. Others: spans.
    case(
        "X1667-016",
        caption(
            "The lady wears a long-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It "
            "has a v-shape neckline. The jumpsuit is of long length. This lady wears a belt. There is an accessory on "
            "her wrist",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jumpsuit with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "v-shape neckline"),
        B.material("cotton"),
        gender="Women",
        title="Zima Leto Women Rust Solid Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: pink floral off-shoulder playsuit with short ruffle sleeves, sunglasses on her head, white sneakers, no
    # bracelet, no ring. Caption: e1 adds wrist accessory and ring, cut at 50. color: VQA, loops.
    case(
        "X1667-017",
        caption(
            "The lady wears a short-sleeve romper with floral patterns. The romper is with chiffon fabric. The romper "
            "is of three-point length. The lady is wearing sunglasses. There is an accessory on her wrist. There is a "
            "ring on her",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with floral patterns"),
        B.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        B.pattern("floral"),
        B.sleeve_length("short-sleeve"),
        B.garment_type("romper"),
        gender="Women",
        title="FabAlley Women Pink Floral Print Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Photo: red satin wrap midi, long sleeves, V-neck, tie waist, gold bracelet, gold heels. Caption: e1 calls the
    # satin chiffon, cut at 50. color: VQA. Material: span "chiffon" against the title's satin.
    case(
        "X1667-018",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. There is",
            "contradiction",
            hit_limit=True,
        ),
        B.color("red"),
        B.material("chiffon", "contradiction"),
        B.sleeve_length("long-sleeve"),
        details("dress", "v-shape neckline"),
        wearing("a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Marie Claire Women Red Solid Satin Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: girl in a yellow sleeveless playsuit with a small lemon print, white sandals, no bracelet. Caption: e1
    # splits it into tank top + shorts, cut at 50. color and is_a: VQA.
    case(
        "X1667-019",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a three-point shorts. The tank top is with "
            "cotton fabric and its neckline is round. The shorts are with cotton fabric and graphic patterns. There is "
            "an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns and a three-point shorts", "contradiction"),
        B.pattern("graphic"),
        B.color("yellow"),
        B.garment_type("tank top", "contradiction"),
        is_a("playsuit", "no", "contradiction"),
        gender="Girls",
        title="Naughty Ninos Girls Yellow Printed Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: navy sleeveless jumpsuit under a white cropped long-sleeve shrug, white sneakers. Caption: e1, right
    # (shrug as outer clothing), cut at 50. color: VQA gives the shrug's white. details: no span -> VQA, restated.
    case(
        "X1667-020",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It has "
            "a round neckline. The lady also wears an outer clothing, with cotton fabric and pure color patterns. The "
            "jumpsuit is of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        B.color("white", "other_garment_color"),
        B.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "the jumpsuit details are the details of the jumpsuit", "restated"),
        B.material("cotton"),
        gender="Women",
        title="Miss Chase Women Navy Blue Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: off-white cotton maxi with a blue block print, three-quarter sleeves, silver jhumkas, bangles and a ring,
    # juttis. Caption: e1 ran to the limit and the 50th token happened to be the full stop; content right. color: VQA.
    case(
        "X1667-021",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger.",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        B.color("white and blue"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        B.material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="Global Desi Women Off-White & Blue Printed Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: black sequinned long-sleeve bodycon mini, silver heels, cocktail ring, bracelet. Caption: e1, right, cut at
    # 50. color: VQA. material: span "other".
    case(
        "X1667-022",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of short length. There is an accessory on her wrist. There is a ring on her "
            "finger. There",
            "cut",
            hit_limit=True,
        ),
        B.material("other", "non_answer"),
        B.color("black"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        B.garment_type("dress"),
        gender="Women",
        title="ONLY Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: lavender halter-neck jumpsuit, cropped wide legs, white sneakers. Caption: e1 splits it into tank top +
    # pants, cut at 50. color, is_a, details: VQA (details loops). wearing, sleeves, material: spans.
    case(
        "X1667-023",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-quarter pants. The tank top is "
            "with cotton fabric and its neckline is suspenders. The pants are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        B.color("purple"),
        is_a("jumpsuit", "yes"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        details(
            "jumpsuit",
            "it has a halter neck and a wide leg and a halter neck and a wide leg and a halter neck and a wide leg and "
            "a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Qurvii Women Lavender Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Lavender",
    ),
    # Photo: white cotton A-line mini, short puff sleeves, square neckline, brown belt, tan boots, white backdrop.
    # Caption: e1, stopped on its own, right. color and is_a: VQA.
    case(
        "X1667-024",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of short length. This lady wears a belt."
        ),
        B.color("white"),
        B.sleeve_length("short-sleeve"),
        B.pattern("pure color"),
        details("dress", "square neckline"),
        is_a("dress", "yes"),
        gender="Women",
        title="Kassually Women White Solid A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: girl in a purple sleeveless party dress, sequinned bodice and tiered net skirt to mid-calf, plastic tiara,
    # silver bellies, no bracelet. Caption: e1 turns the tiara into a hat, cut at 50. is_a: VQA.
    case(
        "X1667-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. The lady wears a hat. There is an accessory on her wrist. "
            "There is",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.material("chiffon", "contradiction"),
        is_a("dress", "yes"),
        B.sleeve_length("sleeveless"),
        gender="Girls",
        title="Cutecumber Girls Purple Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: woman with a pixie cut in an olive cotton-twill utility jumpsuit, short sleeves, collar, button front,
    # chest pockets, belt, white sneakers. Caption: e1 "his shirt ... this man", cut at 50. wearing: span "trousers".
    # color, is_a, description: VQA (description runs to the limit).
    case(
        "X1667-026",
        caption(
            "His shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The trousers "
            "this man wears is of long length. The trousers are with cotton fabric and pure color patterns. There is "
            "an accessory on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("trousers", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.color("green"),
        B.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "yes"),
        describe(
            "jumpsuit",
            "the jumpsuit is a green jumpsuit with a collar and a belt and buttons on the front and two pockets on the "
            "chest and two",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: multicoloured abstract-print tiered maxi, spaghetti straps, bracelet and ring, tan flats, straw bag.
    # Caption: e1, right, cut at 50. color: VQA, loops.
    case(
        "X1667-027",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on "
            "her finger. The lady",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "blue and orange and blue and orange and blue and orange and blue and orange and blue and orange and blue "
            "and orange and blue and orange and",
            "loop",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        B.sleeve_length("sleeveless"),
        wearing("a sleeveless dress with graphic patterns"),
        gender="Women",
        title="Vero Moda Women Multicoloured Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: black off-shoulder long-sleeve bodycon mini, black heels. Caption: e1, stopped on its own, right. is_a:
    # VQA.
    case(
        "X1667-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. The dress "
            "is of short length."
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        B.color("pure color", "non_answer"),
        details("dress", "short length"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Athena Women Black Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: green and white gingham playsuit, short sleeves, V-neck, tie belt, white sneakers. Caption: e1 restarts the
    # template at the limit. color: VQA. Others: spans.
    case(
        "X1667-029",
        caption(
            "The lady wears a short-sleeve romper with lattice patterns. The romper is with cotton fabric. It has a "
            "v-shape neckline. The romper is of three-point length. This lady wears a belt. The lady wears a "
            "short-sleeve romper",
            "loop",
            hit_limit=True,
        ),
        B.pattern("lattice"),
        B.color("green and white"),
        wearing("a short-sleeve romper with lattice patterns"),
        B.garment_type("romper"),
        B.sleeve_length("short-sleeve"),
        details("playsuit", "v-shape neckline"),
        B.material("cotton"),
        gender="Women",
        title="Harpa Women Green & White Checked Playsuit",
        category="Playsuit",
        color="Green",
    ),
    # Photo: girl in a pink self-design short-sleeve A-line dress, holding a balloon, no bracelet or ring. Caption: e1
    # adds wrist accessory and ring, cut at 50. color: VQA, echoes the prompt format. is_a: VQA.
    case(
        "X1667-030",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on her "
            "finger. There",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        B.color(
            "pink Question: What is the color of the garment? Answer: pink Question: What is the color of the garment? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Allen Solly Junior Girls Pink Self Design A-Line Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: plus-size model in a navy floral A-line knee dress, short sleeves, watch and ring, nude flats. Caption: e1,
    # right, cut at 50. All answers: spans.
    case(
        "X1667-031",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on her "
            "finger. The",
            "cut",
            hit_limit=True,
        ),
        B.color("floral", "non_answer"),
        B.pattern("floral"),
        B.material("chiffon"),
        details("dress", "round neckline"),
        wearing("a short-sleeve dress with floral patterns"),
        gender="Women",
        title="Pluss Women Plus Size Navy Blue Floral Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: mustard sleeveless jumpsuit with a black leaf print, V-neck, wide legs, black belt, gold bangle. Caption:
    # e1, right, cut at 50. color: VQA. is_a: VQA, echoes the prompt format to the limit.
    case(
        "X1667-032",
        caption(
            "The lady wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with chiffon fabric. It has a "
            "v-shape neckline. The jumpsuit is of long length. This lady wears a belt. There is an accessory on her "
            "wrist. There",
            "cut",
            hit_limit=True,
        ),
        B.color("yellow"),
        B.pattern("floral"),
        wearing("a sleeveless jumpsuit with floral patterns"),
        is_a(
            "jumpsuit",
            "yes, this is a jumpsuit. Question: Is this a jumpsuit? Answer: yes, this is a jumpsuit. Question:",
            "leak",
            hit_limit=True,
        ),
        B.sleeve_length("sleeveless"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow & Black Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: girl in a black sleeveless jumpsuit, round neck, full length, white sneakers. Caption: e1, stopped on its
    # own, right. details: no span -> VQA, restates the question.
    case(
        "X1667-033",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. It has "
            "a round neckline. The jumpsuit is of long length."
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        B.color("pure color", "non_answer"),
        B.garment_type("jumpsuit"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        details("jumpsuit", "the details of the jumpsuit", "restated"),
        gender="Girls",
        title="StyleStone Kids Girls Black Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: burgundy velvet bodycon midi, long sleeves, square neck, bracelet and ring, black heels. Caption: e1 calls
    # the velvet "furry", cut at 50. color: VQA.
    case(
        "X1667-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger. The",
            "contradiction",
            hit_limit=True,
        ),
        B.material("furry", "contradiction"),
        B.color("wine"),
        B.sleeve_length("long-sleeve"),
        details("dress", "square neckline"),
        wearing("a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Burgundy Solid Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: back view: blue floral sleeveless fit-and-flare dress with an open V back and bow, arms by her sides, no
    # bracelet or ring visible, white heels. Caption: e1 adds wrist accessory and ring, cut at 50. color: VQA.
    case(
        "X1667-035",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on "
            "her",
            "unsupported",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("floral"),
        wearing("a sleeveless dress with floral patterns"),
        B.sleeve_length("sleeveless"),
        details("dress", "v-shape neckline"),
        gender="Women",
        title="Femella Women Blue Floral Print Backless Fit and Flare Dress",
        # category column empty in this row of the feed
        color="Blue",
    ),
    # Photo: grey sleeveless cotton jumpsuit worn over a black long-sleeve ribbed mock-neck top, black boots. Caption:
    # e1 sees a sweater and pants, cut at 50. color and is_a: VQA (color is the inner top's black). Sleeves and
    # material: spans, both about the inner top.
    case(
        "X1667-036",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and its neckline is stand. The pants are with cotton fabric and pure color patterns. The "
            "lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants", "contradiction"),
        B.color("black", "other_garment_color"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.material("knitting", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="U&F Women Grey Solid Jumpsuit",
        category="Jumpsuit",
        color="Grey",
    ),
    # Photo: coral-pink short-sleeve shift dress, knee length, watch and ring, white sneakers. Caption: e1, right, cut
    # at 50. color: VQA. description: no span -> VQA, says only "a dress".
    case(
        "X1667-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. There is a ring on her "
            "finger. There is",
            "cut",
            hit_limit=True,
        ),
        B.color("pink"),
        B.sleeve_length("short-sleeve"),
        wearing("a short-sleeve dress with pure color patterns"),
        B.material("cotton"),
        B.garment_type("dress"),
        describe("dress", "the dress is a dress", "restated"),
        gender="Women",
        title="Mast & Harbour Women Coral Pink Solid Shift Dress",
        category="Dresses",
        # baseColour missing in this row of the feed
    ),
    # Photo: indigo cotton dabu-print tiered maxi, three-quarter sleeves, tasselled tie neck, silver bangles,
    # kolhapuris. Caption: e1 repeats the wrist sentence to the limit. color: VQA. details: no span -> VQA, empty.
    case(
        "X1667-038",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        B.color("blue"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        wearing("a medium-sleeve dress with graphic patterns"),
        details("dress", "", "non_answer"),
        gender="Women",
        title="Ishin Women Blue Printed Tiered Maxi Dress",
        color="Blue",
    ),
    # Photo: girl in a white sleeveless dress with pink roses and a layered tulle skirt, pink hairband, silver shoes.
    # Caption: e1 turns the hairband into a hat, stopped on its own. color: VQA gives the print's pink for a white
    # dress. is_a: VQA.
    case(
        "X1667-039",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a round "
            "neckline. The dress is of medium length. The lady wears a hat.",
            "unsupported",
        ),
        B.color("pink", "contradiction"),
        B.pattern("floral"),
        wearing("a sleeveless dress with floral patterns"),
        B.sleeve_length("sleeveless"),
        is_a("dress", "yes"),
        gender="Girls",
        title="Toy Balloon Kids Girls White & Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: black strappy playsuit under an open red and black checked flannel overshirt, ankle boots. Caption: e1
    # describes the overshirt and "shorts", cut at 50. color and is_a: VQA (color is the overshirt's red).
    case(
        "X1667-040",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        B.color("red", "other_garment_color"),
        B.pattern("lattice", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Chemistry Women Black Solid Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: beige linen sleeveless button-front midi, V-neck, bangle, straw hat held in her hand (not worn), tan
    # sandals. Caption: e1 says cotton and "wears a hat", cut at 50. color: VQA. material: span "cotton".
    case(
        "X1667-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of long length. The lady wears a hat. There is an accessory on her wrist. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        B.material("cotton", "contradiction"),
        B.color("beige"),
        B.sleeve_length("sleeveless"),
        details("dress", "v-shape neckline"),
        wearing("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="Besiva Women Beige Solid Linen A-Line Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: girl with pigtails in a green short-sleeve A-line dress with a white bunny print, kids' watch, white
    # sneakers with socks. Caption: e1, right, cut at 50. color: VQA, loops a clause to the limit.
    case(
        "X1667-042",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. The person wears socks in shoes. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        B.color(
            "the dress is green and white and the dress is green and white and the dress is green and white and the "
            "dress is green and white and the",
            "loop",
            hit_limit=True,
        ),
        B.pattern("graphic"),
        wearing("a short-sleeve dress with graphic patterns"),
        B.sleeve_length("short-sleeve"),
        details("dress", "It has a round neckline"),
        B.material("cotton"),
        gender="Girls",
        title="Nauti Nati Girls Green Printed A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: red and white vertically striped off-shoulder playsuit, short puff sleeves, sunglasses on, bracelet and
    # ring, white sneakers. Caption: e1, right, cut at 50. color: VQA.
    case(
        "X1667-043",
        caption(
            "The lady wears a short-sleeve romper with striped patterns. The romper is with cotton fabric. The romper "
            "is of three-point length. The lady is wearing sunglasses. There is an accessory on her wrist. There is a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        B.color("red and white"),
        B.pattern("striped"),
        B.garment_type("romper"),
        B.sleeve_length("short-sleeve"),
        describe("playsuit", "short-sleeve romper with striped patterns"),
        gender="Women",
        title="RARE Women Red & White Striped Playsuit",
        category="Playsuit",
        color="Red",
    ),
    # Photo: maroon flared maxi with gold foil ethnic motifs, three-quarter sleeves, gold jhumkas, bangles, ring.
    # Caption: e1, right, cut at 50. color: VQA. All else: spans.
    case(
        "X1667-044",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a ring on her "
            "finger. There is",
            "cut",
            hit_limit=True,
        ),
        B.color("maroon"),
        B.pattern("graphic"),
        B.sleeve_length("medium-sleeve"),
        wearing("a medium-sleeve dress with graphic patterns"),
        describe("dress", "medium-sleeve dress with graphic patterns"),
        B.material("cotton"),
        gender="Women",
        title="Yash Gallery Women Maroon Ethnic Motifs Printed Maxi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: navy jumpsuit with white polka dots, short sleeves, V-neck, wide legs, bracelet and ring, white heels.
    # Caption: e1 calls the dots "lattice", cut at 50. color and is_a: VQA.
    case(
        "X1667-045",
        caption(
            "The lady wears a short-sleeve jumpsuit with lattice patterns. The jumpsuit is with chiffon fabric. It has "
            "a v-shape neckline. The jumpsuit is of long length. There is an accessory on her wrist. There is a ring "
            "on her",
            "contradiction",
            hit_limit=True,
        ),
        B.pattern("lattice", "contradiction"),
        B.color("blue"),
        wearing("a short-sleeve jumpsuit with lattice patterns", "contradiction"),
        B.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Zima Leto Women Navy Blue & White Polka Dot Print Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
]
