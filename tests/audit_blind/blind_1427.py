"""BLIND_1427 (45 products; Myntra dresses & jumpsuits, QA on captions): written blind in the sixty-fourth session.
Measured blind at 9207eb7 (the session's fifth and final rules): 83/106 failures found (78.3%) and 7/148 correct
texts flagged (4.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; gender Women or Girls; base colour as Myntra spells it). Mostly a model on a plain backdrop, styled with
sneakers, heels, a bag, a jacket or a blazer; a few flat lays, one back view, one child holding a prop. The caption
is written by the epoch-1 caption adapter (DeepFashion-MultiModal template language: "pure color", "lattice",
"three-point shorts", "The dress is with chiffon fabric", invented rings and wrist accessories). Every answer is a span
that timpal0l/mdeberta-v3-base-squad2 extracts from that caption; when it finds no span (always for the yes/no
question, often for the color question, since the captions carry no hue names) the VQA adapter answers instead.
The caption adapter splits one-piece garments into top + trousers/shorts/skirt, so jumpsuits and playsuits come back
as "tank top", "shirt", "T-shirt", and a few dresses too.
Who wrote what: caption = caption adapter (epoch 1), 50 new tokens, stop on newline/eos; most captions never stop and
are cut at the limit or loop, a few do stop. Extracted answers are exact substrings of the caption (no token limit,
never hit_limit). VQA fallback answers (30 new tokens): sometimes a clean word, often a loop of the word or a
continuation into the next "Question: ... Answer:" turn; those ran to the limit.
Labeling conventions and judgement calls: one label per text. A caption cut mid-sentence is "cut" even when it also
invents a ring or a wrist accessory; a wrong pronoun or a garment split (a jumpsuit described as shirt + pants) outranks
the cut; a caption that loops is "loop" whatever else it says. A caption that ended cleanly exactly at the limit (007)
is left unmarked. "pure color", "other", "floral" given to a color or material question are non_answer (they say nothing
about a hue or a fabric). Near hues are accepted: maroon "red", teal and navy "blue", mustard "yellow", peach "pink",
coral "orange", lavender "purple"; burgundy "purple" and a print's accent color ("gold" on a black kaftan) are not.
Tulle/net called "chiffon" is accepted (nearest word in the adapter's vocabulary), satin called "chiffon" and velvet
called "furry" are not (unsupported). A polka-dot print called "graphic" is accepted; an ikat print called "color block"
is a contradiction of "Printed". Sleeve length of an under-layer tee given for a sleeveless pinafore is a contradiction.
A VQA answer that is the color of the jacket, blazer, belt or bag is other_garment_color. An empty VQA answer is
non_answer. A span that answers the details question with an accessory the photo does not show (a ring, socks, a wrist
accessory) is unsupported; where the accessory was real I did not ask that question, rather than guess a label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1427 = [
    # Photo: model in a black sleeveless knee-length fit-and-flare dress, round neck, white sneakers, grey backdrop,
    # no jewellery. Caption: caption adapter (cut at 50, invents a ring and a wrist accessory). Answers: mdeberta spans.
    case(
        "X1427-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a ring on her finger. There is an accessory on her wrist. The lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        details("dress", "a ring on her finger", "unsupported"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: red wrap midi with small white flowers, short flutter sleeves, v-neck, tie waist; model with a thin gold
    # bracelet, white backdrop. Caption: caption adapter (stopped). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.pattern("floral"),
        color_of("dress", "red"),
        Q.material("chiffon"),
        details("dress", "It has a v-shape neckline"),
        gender="Women",
        title="Berrylush Women Red Floral Print Wrap Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: olive sleeveless ankle-length cotton jumpsuit with a tie belt, white sneakers, beige backdrop. Caption:
    # caption adapter, split into tank top + trousers, cut. Answers: mdeberta spans; is_a: VQA fallback.
    case(
        "X1427-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long trousers. The tank top is with "
            "cotton fabric. It has a round neckline. The trousers are with cotton fabric and pure color patterns. "
            "There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long trousers", "contradiction", who="she"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        is_a("jumpsuit", "no", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Roadster Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: navy playsuit with small white polka dots, short puff sleeves, square neck, shorts; model barefoot,
    # white backdrop. Caption: caption adapter (shirt + shorts, cut). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-004",
        caption(
            "The female wears a short-sleeve shirt with graphic patterns and a three-point shorts. The shirt is with "
            "chiffon fabric. It has a square neckline. The shorts are with chiffon fabric and graphic patterns. This "
            "female wears a",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("graphic"),
        Q.color("blue"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="DressBerry Women Navy Blue Printed Playsuit",
        category="Playsuit",
        color="Navy Blue",
    ),
    # Photo: girl (about 8) in a pink party dress, sequinned bodice, tulle flared skirt, cap sleeves, silver shoes,
    # white backdrop. Caption: caption adapter, loops on the fabric sentence. Answers: mdeberta; color, is_a: VQA.
    case(
        "X1427-005",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is with chiffon fabric. The dress is with chiffon fabric. The dress is with chiffon fabric. The dress is "
            "with",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "pink"),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        is_a("dress", "yes"),
        gender="Girls",
        title="YK Girls Pink Embellished Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: mustard knee-length shirt dress, long roll-up sleeves, collar, button placket, self belt; brown sling
    # bag; white backdrop. Caption: caption adapter (shirt + long skirt, cut). Answers: mdeberta; color: VQA (loop).
    case(
        "X1427-006",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a long skirt. "
            "The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            (
                "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
                "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
                "yellow yellow"
            ),
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        details("dress", "It has a lapel neckline"),
        describe("dress", "a long-sleeve shirt with pure color patterns", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Solid Shirt Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black sleeveless tiered maxi with white and pink flowers, v-neck, worn under a light-blue denim jacket;
    # white backdrop. Caption: caption adapter, ran to the limit but ends on a full sentence. Answers: mdeberta;
    # color: VQA fallback (gives the jacket's blue).
    case(
        "X1427-007",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. This lady also wears an outer clothing, with denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        color_of("dress", "blue", "other_garment_color"),
        Q.material("denim", "unsupported"),
        Q.pattern("floral"),
        wearing("a sleeveless dress with floral patterns"),
        gender="Women",
        title="Tokyo Talkies Women Black Printed Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: flat lay, blue short-sleeve jersey dress with a small white star print, no person. Caption: caption
    # adapter (a person in a T-shirt and jeans, cut). Answers: mdeberta; color, is_a: VQA fallback.
    case(
        "X1427-008",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        Q.color("blue"),
        is_a(
            "dress",
            ("no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no"),
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="H&M Girls Patterned Jersey Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: maroon ribbed bodycon midi, long sleeves, round neck, black heels, grey backdrop. Caption: caption
    # adapter (stopped, correct). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-009",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has "
            "a round neckline."
        ),
        color_of("dress", "red"),
        Q.material("knitted"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "It has a round neckline"),
        wearing("a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Athena Women Maroon Solid Bodycon Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: mid-blue denim jumpsuit, short sleeves, collar, button front, full length, white sneakers. Caption:
    # caption adapter (shirt + pants, cut). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-010",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns and a long pants. The shirt is with denim "
            "fabric. It has a lapel neckline. The pants are with denim fabric and pure color patterns. The lady wears "
            "a pair of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long pants", "contradiction", who="she"),
        Q.material("denim"),
        Q.color(
            (
                "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
                "blue blue blue blue blue blue blue blue blue blue"
            ),
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Sera Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: white broderie cotton A-line midi, sleeveless, square neck; model in a straw hat and brown sandals.
    # Caption: caption adapter (stopped, correct). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady wears a hat."
        ),
        Q.color("white"),
        Q.pattern("pure color"),
        details("dress", "square neckline"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Women",
        title="Vero Moda Women White Solid A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: girl in a yellow sleeveless playsuit with a lemon print, ruffled shoulders, shorts; white backdrop.
    # Caption: caption adapter (stopped; calls the girl a gentleman). Answers: mdeberta; color, is_a: VQA fallback.
    case(
        "X1427-012",
        caption(
            "The gentleman wears a sleeveless tank top with graphic patterns and a three-point shorts. The tank top "
            "is with cotton fabric. It has a round neckline. The shorts are with cotton fabric and graphic patterns.",
            "pronoun",
        ),
        wearing("a sleeveless tank top with graphic patterns and a three-point shorts", "contradiction", who="she"),
        Q.pattern("graphic"),
        Q.color("yellow"),
        is_a("romper", "yes"),
        gender="Girls",
        title="Pspeaches Girls Yellow Printed Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: dark green tiered maxi with pink flowers, three-quarter sleeves, round neck with keyhole; model holding
    # a potli bag; white backdrop. Caption: caption adapter (cut). Answers: mdeberta; color: VQA fallback (runs on).
    case(
        "X1427-013",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears "
            "a long",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "green Question: What is the color of the dress? Answer: green Question: What is the color of the dress? "
            "Answer: green Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("medium-sleeve"),
        Q.pattern("floral"),
        wearing("a medium-sleeve dress with floral patterns"),
        gender="Women",
        title="Libas Women Green Floral Printed Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black sleeveless culotte jumpsuit, v-neck, cropped wide legs, black heels, grey backdrop. Caption:
    # caption adapter, calls it a dress and loops on the neckline. Answers: mdeberta; is_a: VQA fallback (loop).
    case(
        "X1427-014",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. It has a v-shape neckline. It has a v-shape "
            "neckline. It has a v-shape neckline. It has a v-shape neckline. It has a v-shape neckline. It has a",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        is_a(
            "jumpsuit",
            (
                "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
                "yes yes yes yes yes"
            ),
            "loop",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "It has a v-shape neckline"),
        gender="Women",
        title="ONLY Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: coral satin wrap mini, long balloon sleeves, v-neck; gold hoops, nude heels. Caption: caption adapter
    # (cut). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-015",
        caption(
            "The female wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The female wears a ring on her finger. There is an accessory on her wrist. This "
            "female has",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.material("chiffon", "unsupported"),
        wearing("a long-sleeve dress with pure color patterns"),
        details("dress", "It has a v-shape neckline"),
        gender="Women",
        title="Rare Women Coral Solid Wrap Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: blue and white vertical stripes, knee-length shirt dress, short roll-up sleeves, collar, belt; white
    # sneakers. Caption: caption adapter (shirt + long skirt, cut). Answers: mdeberta; color: VQA fallback.
    case(
        "X1427-016",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a belt. The lady wears a long skirt. The skirt is with cotton fabric and "
            "striped",
            "contradiction",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("blue and white"),
        Q.garment_type("shirt", "contradiction"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Harpa Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: peach linen-look playsuit, short flutter sleeves, v-neck, belt; sunglasses pushed up on the head;
    # beige backdrop, a cane chair. Caption: caption adapter (cut). Answers: mdeberta; color, is_a: VQA fallback.
    case(
        "X1427-017",
        caption(
            "This woman wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a v-shape neckline. This woman has glasses. There is an accessory on her wrist. The shorts are with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("pink"),
        is_a(
            "playsuit",
            "no Question: Is this a romper? Answer: yes Question: Is this a romper? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Zima Leto Women Peach Solid Playsuit",
        category="Playsuit",
        color="Peach",
    ),
    # Photo: girl in a red A-line ethnic dress with gold foil motifs, three-quarter sleeves, round neck, bare feet;
    # white backdrop. Caption: caption adapter (cut, invents socks). Answers: mdeberta; color: VQA fallback.
    case(
        "X1427-018",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a pair of socks in shoes. There is an accessory on her wrist. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "red"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        wearing("a medium-sleeve dress with graphic patterns", who="the girl"),
        details("dress", "a pair of socks in shoes", "unsupported"),
        gender="Girls",
        title="Biba Girls Red Printed A-Line Ethnic Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy halter-neck wide-leg jumpsuit under an open white blazer, gold heels, grey backdrop. Caption:
    # caption adapter (tank top + pants + outer clothing, cut). Answers: mdeberta; color, is_a: VQA fallback.
    case(
        "X1427-019",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long pants. The tank top is with "
            "chiffon fabric. It has a suspenders neckline. This lady also wears an outer clothing, with cotton fabric "
            "and pure color patterns",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        wearing("a sleeveless tank top with pure color patterns and a long pants", "contradiction", who="she"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="U&F Women Navy Blue Solid Halter Neck Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: teal A-line dress with a small white geometric print, three-quarter sleeves, mandarin collar; white
    # backdrop. Caption: caption adapter (stopped, correct). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-020",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand neckline."
        ),
        Q.color("blue"),
        Q.pattern("graphic"),
        details("dress", "It has a stand neckline"),
        describe("dress", "dress", "restated"),
        Q.garment_type("dress"),
        gender="Women",
        title="W Women Teal Blue Printed A-Line Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: silver sequinned sleeveless mini, v-neck, black clutch in hand, dark grey backdrop. Caption: caption
    # adapter, loops on the fabric sentence. Answers: mdeberta spans; color: VQA fallback (sees black).
    case(
        "X1427-021",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. The dress is "
            "with other fabric. The dress is with other fabric. The dress is with other fabric. The dress is with "
            "other",
            "loop",
            hit_limit=True,
        ),
        Q.material("other fabric", "non_answer"),
        Q.color("black", "contradiction"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="Miss Chase Women Silver-Toned Embellished Sheath Dress",
        category="Dresses",
        color="Silver",
    ),
    # Photo: back view: multicoloured ikat-print tiered maxi, tie-up shoulder straps, open back; white backdrop.
    # Caption: caption adapter (tank top + long skirt, cut). Answers: mdeberta; color: VQA fallback.
    case(
        "X1427-022",
        caption(
            "The lady wears a sleeveless tank top with color block patterns and a long skirt. The tank top is with "
            "cotton fabric. It has a suspenders neckline. The skirt is with cotton fabric and color block patterns. "
            "There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("color block", "contradiction"),
        Q.color("blue and red"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Global Desi Women Multicoloured Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: lavender mini with short puff sleeves, smocked bodice, square neck; white sneakers, no socks visible,
    # no jewellery. Caption: caption adapter (cut). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-023",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. There is an accessory on her wrist. The female wears a pair of socks in shoes. The "
            "female",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "purple"),
        wearing("a pair of socks in shoes", "unsupported", who="she"),
        details("dress", "It has a square neckline"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        is_a("dress", "yes"),
        gender="Women",
        title="Kassually Women Lavender Solid Smocked Fit & Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: rust satin jumpsuit, long sleeves, wrap v-neck, self belt; gold heels, sunglasses in hand. Caption:
    # caption adapter (stopped; shirt + pants). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-024",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a v-shape neckline. The pants are with chiffon fabric and pure color patterns. The lady "
            "wears a belt.",
            "contradiction",
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            (
                "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
                "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
                "orange orange"
            ),
            "loop",
            hit_limit=True,
        ),
        Q.material("chiffon", "unsupported"),
        Q.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="StyleStone Women Rust Solid Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: black and white gingham A-line dress, short sleeves, collar; red handbag on the arm. Caption: caption
    # adapter (cut). Answers: mdeberta spans; color: VQA fallback, free answer (the bag's red).
    case(
        "X1427-025",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady wears a ring on her finger. There is an accessory on her wrist. The lady wears "
            "a pair",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        color_of("dress", "red", "other_garment_color", kind="open"),
        wearing("a short-sleeve dress with lattice patterns", who="she"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Cottinfab Women Black & White Checked A-Line Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: flat lay, pink sleeveless full-length girls' jumpsuit with white unicorn prints. Caption: caption
    # adapter (tank top + pants, cut). Answers: mdeberta; color, is_a: VQA fallback (is_a came back empty).
    case(
        "X1427-026",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a long pants. The tank top is with cotton "
            "fabric. It has a round neckline. The pants are with cotton fabric and graphic patterns. There is an "
            "accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns and a long pants", "contradiction", who="she"),
        Q.pattern("graphic"),
        Q.color("pink"),
        is_a("jumpsuit", "", "non_answer"),
        gender="Girls",
        title="Cherry Crumble Girls Pink Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Pink",
    ),
    # Photo: beige sleeveless knee-length sheath dress, round neck, styled with a black waist belt and black heels.
    # Caption: caption adapter (stopped, correct). Answers: mdeberta spans; color: VQA fallback (the belt's black).
    case(
        "X1427-027",
        caption(
            "The woman wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The woman wears a belt."
        ),
        Q.color("black", "other_garment_color"),
        Q.garment_type("dress"),
        details("dress", "The dress", "restated"),
        Q.material("cotton"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="AND Women Beige Solid Sheath Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: burgundy velvet bodycon midi, long sleeves, square neck; grey backdrop. Caption: caption adapter (cut).
    # Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-028",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. The lady wears a ring on her finger. There is an accessory on her wrist. The lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.material("furry", "unsupported"),
        Q.color("purple", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        wearing("a long-sleeve dress with pure color patterns"),
        gender="Women",
        title="SASSAFRAS Women Burgundy Solid Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: pink floral playsuit, ruffled sleeveless straps, shorts; white sneakers, a palm-print backdrop. Caption:
    # caption adapter (tank top + shorts, loops). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-029",
        caption(
            "The lady wears a sleeveless tank top with floral patterns and a three-point shorts. The shorts are with "
            "chiffon fabric and floral patterns. The shorts are with chiffon fabric and floral patterns. The shorts "
            "are with",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("tank top", "contradiction"),
        Q.pattern("floral"),
        Q.color("pink"),
        describe("playsuit", "floral patterns"),
        gender="Women",
        title="Tokyo Talkies Women Pink Floral Printed Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Photo: off-white lace midi, long sheer sleeves, round neck; tan shoulder bag; white backdrop. Caption: caption
    # adapter (cut). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-030",
        caption(
            "The lady wears a long-sleeve dress with other patterns. The dress is with other fabric. It has a round "
            "neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears a pair "
            "of",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("other", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "It has a round neckline"),
        gender="Women",
        title="MANGO Women Off-White Self Design Lace A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: girl (short bob) in a white sleeveless dress with blue stripes and a bow, sitting on a wooden stool,
    # white sandals. Caption: caption adapter (calls her a gentleman, cut). Answers: mdeberta; color: VQA (loop).
    case(
        "X1427-031",
        caption(
            "The gentleman wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline. The gentleman wears a pair of socks in shoes. There is an accessory on his wrist. The "
            "gentleman",
            "pronoun",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color(
            (
                "white white white white white white white white white white white white white white white white "
                "white white white white white white white white white white white white white white"
            ),
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        details("dress", "There is an accessory on his wrist", "pronoun"),
        gender="Girls",
        title="Hopscotch Girls White & Blue Striped Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: back view, red backless maxi with spaghetti straps, the neckline not visible; white backdrop.
    # Caption: caption adapter (stopped; invents a v-neck it cannot see). Answers: mdeberta; color: VQA fallback.
    case(
        "X1427-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline.",
            "unsupported",
        ),
        color_of("dress", "red"),
        wearing("a sleeveless dress with pure color patterns"),
        details("dress", "It has a v-shape neckline", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Athena Women Red Solid Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: black cotton utility boiler jumpsuit, rolled long sleeves, collar, patch pockets; white sneakers.
    # No category column. Caption: caption adapter (shirt + pants, cut). Answers: mdeberta; color: VQA fallback.
    case(
        "X1427-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a long pants. The shirt is with cotton "
            "fabric. It has a lapel neckline. The pants are with cotton fabric and pure color patterns. The lady "
            "wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", "contradiction", who="she"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("jumpsuit", "It has a lapel neckline"),
        gender="Women",
        title="Roadster Women Black Solid Utility Jumpsuit",
        color="Black",
    ),
    # Photo: girl in an orange A-line dress with a green leaf print, short sleeves, round neck; no jewellery; white
    # backdrop. Caption: caption adapter (cut). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-034",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("orange"),
        Q.pattern("floral"),
        wearing("a short-sleeve dress with floral patterns", who="the girl"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Girls",
        title="AKS Kids Girls Orange & Green Printed A-Line Dress",
        category="Dresses",
        color="Orange",
    ),
    # Photo: navy maxi with white flowers, long sleeves, v-neck, tie waist; white sneakers; white backdrop.
    # Caption: caption adapter (cut). Answers: mdeberta spans; color: VQA fallback, free answer (runs on).
    case(
        "X1427-035",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a belt. There is an accessory on her wrist. The lady wears a long "
            "skirt. The skirt",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "navy blue Question: What is the color of the skirt? Answer: navy blue Question: What is the color of the "
            "skirt? Answer: navy",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("floral"),
        Q.garment_type("dress"),
        Q.material("chiffon"),
        describe("dress", "a long-sleeve dress with floral patterns"),
        gender="Women",
        title="Vishudh Women Navy Blue & White Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: yellow one-shoulder ruffled playsuit, shorts; straw bag; beige backdrop. Caption: caption adapter
    # (stopped; calls it a dress). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-036",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist.",
            "contradiction",
        ),
        Q.garment_type("dress", "contradiction"),
        Q.color("yellow"),
        is_a("playsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Femella Women Yellow Solid Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: black kaftan dress with a gold abstract print, wide elbow sleeves, v-neck, knee length; model seated on
    # a stool, bangles. Caption: caption adapter (cut). Answers: mdeberta spans; color: VQA fallback (the print's gold).
    case(
        "X1427-037",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. There is an accessory on her wrist. The lady wears a ring on her finger. This lady "
            "also wears an outer clothing, with",
            "cut",
            hit_limit=True,
        ),
        Q.color("gold", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        wearing("a medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="Rain & Rainbow Women Black Printed Kaftan Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: blue denim pinafore dress (sleeveless, square neck) over a white long-sleeve tee; white sneakers.
    # Caption: caption adapter (tee + short skirt, cut). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-038",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric. It has a round neckline. The skirt is with denim fabric and pure color patterns. There is "
            "an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("blue"),
        Q.material("cotton", "unsupported"),
        is_a("dress", "yes"),
        gender="Women",
        title="Popnetic Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl in a peach sleeveless net maxi gown with an embellished yoke, holding a flower basket. Caption:
    # caption adapter (loops on the neckline). Answers: mdeberta spans; color: VQA fallback (loop).
    case(
        "X1427-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. It has a round neckline. It has a round neckline. It has a round neckline. It has a round",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            (
                "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
                "pink pink pink pink pink pink pink pink pink pink"
            ),
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        Q.material("chiffon"),
        details("dress", "It has a round neckline"),
        gender="Girls",
        title="Peppermint Girls Peach-Coloured Embellished Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: green floral shirt dress, long sleeves, collar, button front, knee length; white backdrop. No color
    # column. Caption: caption adapter (stopped; shirt + long skirt). Answers: all mdeberta spans.
    case(
        "X1427-040",
        caption(
            "The female wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The female wears a long skirt. The skirt is with cotton fabric and floral patterns.",
            "contradiction",
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="Marks & Spencer Women Green Floral Print Shirt Dress",
        category="Dresses",
    ),
    # Photo: red wide-leg jumpsuit with white polka dots, short sleeves, v-neck; gold earrings. Caption: caption
    # adapter (shirt + pants, cut). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-041",
        caption(
            "The lady wears a short-sleeve shirt with other patterns and a long pants. The shirt is with chiffon "
            "fabric. It has a v-shape neckline. The pants are with chiffon fabric and other patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        Q.color("red"),
        Q.pattern("other", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        describe("jumpsuit", "a short-sleeve shirt with other patterns and a long pants", "contradiction"),
        gender="Women",
        title="Chemistry Women Red Printed Jumpsuit",
        category="Jumpsuit",
        color="Red",
    ),
    # Photo: indigo block-print cotton A-line midi, three-quarter sleeves, round neck, pockets; silver bangle.
    # Caption: caption adapter (stopped, correct). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-042",
        caption(
            "The female wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist."
        ),
        Q.material("cotton"),
        Q.pattern("graphic"),
        Q.color("blue"),
        wearing("a medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="Fabindia Women Indigo Printed A-Line Cotton Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl in a light-blue denim playsuit, short sleeves, collar, shorts, yellow cap. Caption: caption adapter
    # (calls her a man, shirt + shorts, cut). Answers: mdeberta spans; color, is_a: VQA fallback.
    case(
        "X1427-043",
        caption(
            "The man wears a short-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "denim fabric. It has a lapel neckline. The shorts are with denim fabric and pure color patterns. The man "
            "wears a hat",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a three-point shorts", "contradiction", who="she"),
        Q.color("blue"),
        Q.material("denim"),
        is_a("romper", "yes"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="H&M Girls Blue Denim Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: grey melange knee-length T-shirt dress, short sleeves, round neck; black tote on the shoulder.
    # Caption: caption adapter (stopped; calls it a T-shirt). Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1427-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline.",
            "contradiction",
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("grey"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: sea-green ruched one-shoulder bodycon mini, white heels, white backdrop, no jewellery. Caption: caption
    # adapter (cut). Answers: mdeberta spans; color: VQA fallback (runs into the next turn).
    case(
        "X1427-045",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. There is an accessory on her wrist. The lady wears a ring on her finger. The lady "
            "wears a",
            "cut",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "green Question: What is the color of the shoes? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        details("dress", "suspenders neckline", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women Sea Green Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Sea Green",
    ),
]
