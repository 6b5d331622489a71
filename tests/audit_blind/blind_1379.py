"""BLIND_1379 (45 products; Myntra dresses and jumpsuits, caption spans): written blind in the sixty-fourth session.
Measured blind at bfeca02 (the session's second rules): 111/128 failures found (86.7%) and 7/126 correct texts
flagged (5.6%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses (article types "Dresses" and "Ethnic Dresses"), jumpsuits
("Jumpsuit") and playsuits ("Playsuit"); columns title, category (the article type), color (the base colour, e.g.
"Navy Blue", "Grey Melange", "Multi") and gender ("Women"/"Girls"), one of them left out now and then. Photos are the
usual catalog shots: a model on a plain light backdrop, styled with sneakers, heels, a cardigan, a belt, a bag, a tee
under a dungaree or pinafore; one flat lay, one back view, props (a straw hat, a cup, a tote, a stool).
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch)
on blip2-opt-2.7b, greedy, 50 new tokens; it was trained on DeepFashion-MultiModal template captions with unmasked
labels and no end token, so it never stops: every caption runs to the limit (hit_limit=True on all of them), most end
mid-sentence, some fall into a loop, and it speaks the template's language (patterns instead of hues, "pure color",
"lattice", "suspenders neckline", "three-point length", a tank top and a skirt for a dress, "The gentleman" now and
then). Each question is then answered by timpal0l/mdeberta-v3-base-squad2 as a span of that caption; these spans are
short and never hit a limit, and they inherit the caption's mistakes (the color question mostly gets "pure color",
"floral" or "striped" back, because the caption has no hue). When the extractor finds no span (always for the yes/no
garment question, and when the caption never names the product), the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA)
answers with the "Question: ... Answer:" prompt, 30 new tokens: it loops ("black black black ..."), regenerates the
prompt (leak), runs off and is cut, or says one right-looking word and then pads out the rest (decoded clean, but it
still ran to the limit, so hit_limit=True). The comment above each case says which texts came from the VQA fallback;
everything else in that case is an extractor span.
Labeling conventions and judgement calls: judged against the photo I imagined (the comment) and the title. A caption cut
mid-sentence is "cut" unless something worse is wrong with it (a dress called a tank top and a skirt, a playsuit called
a dress, "gentleman", a person invented in a flat lay, a loop), one kind per text. A caption that happened to end on a
complete sentence at the 50th token is left unmarked when its content is right (hit_limit still True); one ends on "...
and striped patterns" without the period and I left it unmarked too. A pattern word given for the color ("pure color",
"floral", "striped", "color block", "graphic", "other") is "non_answer"; "denim" for a denim shirt dress I let pass as a
color. A hue that is close to the base colour (pink for coral or peach, purple for lavender, khaki for beige, maroon for
burgundy, orange for rust) passes, but "pink" for a lavender tulle dress does not (contradiction). A color that belongs
to the tee, cardigan, belt or bag is "other_garment_color". Answers that call the product another garment ("a
long-sleeve shirt" for a shirt dress, "a short-sleeve T-shirt" for a T-shirt dress or for the tee under a pinafore) are
"contradiction", as are a yes/no "no" for the product's own garment, a sleeve length or pattern taken from the other
garment, and a fabric that the title contradicts (cotton for satin, velvet, linen, denim). "cotton" where the title says
nothing and the photo plausibly allows it is left unmarked; cotton for a sequinned dress, a neckline for a back view and
a neckline a flat lay or the photo does not show are "unsupported". "The female/lady" for a girl is left unmarked (the
template has no word for a child). The VQA's "the jumpsuit is a jumpsuit", "the dress is a dress" and "the jumpsuit
details are the details of the jumpsuit" are "restated"; an empty answer is "non_answer". A VQA answer that both loops
and leaks the prompt is labeled "leak".
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

pattern = BLIND_QUESTIONS.pattern
sleeves = BLIND_QUESTIONS.sleeve_length
fabric = BLIND_QUESTIONS.material


def times(word: str, n: int) -> str:
    """What the VQA adapter returns when it repeats one answer until the 30-token limit."""
    return " ".join([word] * n)


BLIND_1379 = [
    # Photo: model on white, maroon A-line midi with small cream flowers, flutter short sleeves, V-neck, tan sandals,
    # a thin gold bracelet and a ring. Caption adapter; all answers are extractor spans.
    case(
        "X1379-001",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. This lady wears a ring on her finger. There is an accessory on her wrist. The dress is "
            "of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        pattern("floral"),
        sleeves("short-sleeve"),
        fabric("chiffon"),
        gender="Women",
        title="Sangria Women Maroon Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: black sleeveless bodycon mini, round neck, black heels, grey backdrop. Caption splits the dress into a
    # tank top and a skirt. Color and is_a: VQA fallback (no hue in the caption; yes/no).
    case(
        "X1379-002",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a short skirt. The tank top is with "
            "cotton fabric. It has a round neckline. The skirt is with cotton fabric and pure color patterns. The lady "
            "wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a short skirt", "contradiction", who="she"),
        color_of("dress", times("black", 30), "loop", kind="open", hit_limit=True),
        is_a("dress", "yes", hit_limit=True),
        sleeves("sleeveless"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: girl of about six, pink cotton fit-and-flare dress with white flowers, puff short sleeves, round neck,
    # white socks and sneakers. is_a: VQA fallback.
    case(
        "X1379-003",
        caption(
            "The female is wearing a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has "
            "a round neckline. This female wears socks in shoes. The dress is of medium length and it is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="the girl"),
        color_of("dress", "floral", "non_answer", kind="open"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        fabric("cotton"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Hopscotch Girls Pink Floral Printed Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: olive sleeveless wide-leg jumpsuit, V-neck, tie belt, white sneakers. Color and is_a: VQA fallback.
    case(
        "X1379-004",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a V-shape neckline. The pants this lady wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns", who="she"),
        color_of(
            "jumpsuit",
            "olive green\nQuestion: What is the color of the jumpsuit? Answer: olive green\nQuestion: What is the "
            "color of the jumpsuit? Answer: olive",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("jumpsuit", "V-shape neckline"),
        sleeves("sleeveless"),
        is_a("jumpsuit", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: navy playsuit with white polka dots, short sleeves, collar, button front, tie waist, watch, white
    # sneakers.
    # Caption reads it as a shirt and shorts. Color and describe: VQA fallback (no hue; caption never says playsuit).
    case(
        "X1379-005",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns and a shorts. The shirt is with cotton fabric "
            "and it has a lapel neckline. The shorts are with cotton fabric and graphic patterns. There is an "
            "accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns and a shorts", "contradiction", who="she"),
        color_of("playsuit", times("blue and white", 10), "loop", kind="open", hit_limit=True),
        describe(
            "playsuit",
            "the playsuit is navy blue with white polka dots and a white collar and short sleeves and a button front "
            "with white buttons and a tie at the",
            "cut",
            hit_limit=True,
        ),
        pattern("graphic"),
        sleeves("short-sleeve"),
        gender="Women",
        title="StyleStone Women Navy Blue Printed Playsuit",
        category="Playsuit",
        color="Navy Blue",
    ),
    # Photo: yellow tiered maxi with thin straps, model holds a straw hat at her side (not wearing it). Caption loops.
    case(
        "X1379-006",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The lady wears a hat. The dress is of long length. The lady wears a hat. The lady "
            "wears a hat.",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "suspenders neckline"),
        pattern("pure color"),
        fabric("chiffon"),
        gender="Women",
        title="Berrylush Women Yellow Solid Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: white lace knee-length sheath, cap sleeves, round neck, nude heels, bracelet and ring. The caption
    # happened to end on a full stop at the limit. Color: VQA fallback, one word then padding.
    case(
        "X1379-007",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. There is an accessory on her wrist. The dress is of medium length. The lady wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "white", kind="open", hit_limit=True),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        details("dress", "round neckline"),
        fabric("other fabric", "non_answer"),
        gender="Women",
        title="DressBerry Women White Lace Sheath Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: mid-blue denim shirt dress, long sleeves rolled up, collar, self belt, white sneakers, a watch.
    # is_a: VQA fallback.
    case(
        "X1379-008",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and it has a "
            "lapel neckline. The lady wears a belt. The shirt is of long length. There is an accessory on her wrist. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        color_of("dress", "denim", kind="open"),
        fabric("denim"),
        sleeves("long-sleeve"),
        is_a("dress", times("yes", 30), "loop", hit_limit=True),
        gender="Women",
        title="Roadster Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
    ),
    # Photo: red satin slip midi, thin straps, cowl neck, gold hoop earrings, a ring. Title says satin.
    case(
        "X1379-009",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a suspenders neckline. The lady wears a ring on her finger. This lady wears an accessory on her ears. The "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "suspenders neckline"),
        sleeves("sleeveless"),
        fabric("cotton", "contradiction"),
        gender="Women",
        title="Athena Women Red Satin Slip Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: girl in a mustard sleeveless jumpsuit with a small white flower print and a self belt, sandals.
    # Caption splits it into a tank top and pants. Color, details, is_a: VQA fallback (caption never says jumpsuit).
    case(
        "X1379-010",
        caption(
            "The female is wearing a sleeveless tank top with floral patterns and a long pants. The tank top is with "
            "cotton fabric. It has a round neckline. The pants are with cotton fabric and floral patterns. The female "
            "wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns and a long pants", "contradiction", who="the girl"),
        color_of(
            "jumpsuit",
            "the jumpsuit is yellow with white flowers and a yellow belt and a yellow belt and a yellow belt and a "
            "yellow belt and a yellow belt and a",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details("jumpsuit", "the jumpsuit details are the details of the jumpsuit", "restated", hit_limit=True),
        pattern("floral"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is this "
            "a jumpsuit?",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Mustard Yellow Floral Printed Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: blue denim dungaree jumpsuit worn over a plain white short-sleeve tee, white sneakers. The caption
    # describes the tee and "long pants". Color and is_a: VQA fallback.
    case(
        "X1379-011",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open", hit_limit=True),
        fabric("cotton", "contradiction"),
        is_a("jumpsuit", "yes", hit_limit=True),
        gender="Women",
        title="ONLY Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: green wrap midi with white and pink flowers, three-quarter sleeves, V-neck, tie waist, bracelet.
    # Color: VQA fallback.
    case(
        "X1379-012",
        caption(
            "The lady is wearing a medium-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a V-shape neckline. The lady wears a belt. The dress is of medium length. There is an accessory on her "
            "wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns", who="she"),
        color_of(
            "dress",
            "green\nQuestion: What is the color of the dress? Answer: green\nQuestion: What is the color of the dress? "
            "Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        sleeves("medium-sleeve"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Harpa Women Green Floral Print Wrap Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: peach A-line mini, puff short sleeves, square neck, white block heels, ring and bracelet.
    # Color: VQA fallback.
    case(
        "X1379-013",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a square neckline. The dress is of short length. The lady wears a ring on her finger. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", times("pink", 30), "loop", kind="open", hit_limit=True),
        sleeves("short-sleeve"),
        details("dress", "square neckline"),
        pattern("pure color"),
        fabric("cotton"),
        gender="Women",
        title="Cation Women Peach Solid A-Line Mini Dress with Puff Sleeves",
        category="Dresses",
        color="Peach",
    ),
    # Photo: girl in a sleeveless navy-and-white striped dress, styled with an open red knitted cardigan, white socks
    # and shoes. Color: VQA fallback (looked at the cardigan).
    case(
        "X1379-014",
        caption(
            "The female wears a long-sleeve cardigan with pure color patterns. The cardigan is with knitted fabric. "
            "The female wears a dress. The dress is with cotton fabric and striped patterns. It has a round neckline. "
            "The female wears socks",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve cardigan with pure color patterns", "contradiction", who="the girl"),
        color_of("dress", "red", "other_garment_color", kind="open", hit_limit=True),
        pattern("striped"),
        sleeves("long-sleeve", "contradiction"),
        gender="Girls",
        title="Gini and Jony Girls Navy Blue Striped Sleeveless A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black-and-white checked shirt dress, long sleeves, collar, black belt, knee length, black boots.
    # Color: VQA fallback.
    case(
        "X1379-015",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a lapel "
            "neckline. The lady wears a belt. The dress is of medium length and it is with cotton fabric and lattice "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with lattice patterns", who="she"),
        color_of("dress", times("black and white", 10), "loop", kind="open", hit_limit=True),
        pattern("lattice"),
        describe("dress", "a long-sleeve dress with lattice patterns"),
        fabric("cotton"),
        gender="Women",
        title="Zima Leto Women Black & White Checked Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust playsuit, flutter short sleeves, V-neck, tie waist, tan sandals. Color and is_a: VQA fallback.
    case(
        "X1379-016",
        caption(
            "The lady is wearing a short-sleeve romper with pure color patterns. The romper is with chiffon fabric. It "
            "has a V-shape neckline. The shorts this lady wears is of three-point length. The lady wears a belt. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with pure color patterns", who="she"),
        color_of(
            "playsuit",
            "orange\nQuestion: What is the color of the playsuit? Answer: orange\nQuestion: What is the color of the "
            "playsuit? Answer: orange",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("playsuit", "V-shape neckline"),
        is_a("playsuit", times("yes", 30), "loop", hit_limit=True),
        gender="Women",
        title="Vero Moda Women Rust Solid Playsuit with Tie-Up Detail",
        category="Playsuit",
        color="Rust",
    ),
    # Photo: lavender ribbed knit bodycon midi, long sleeves, round neck, white backdrop, a ring. Caption loops.
    # Color and is_a: VQA fallback.
    case(
        "X1379-017",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It "
            "has a round neckline. The dress is of long length. The lady wears a ring on her finger. The lady wears a "
            "ring on her finger",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of(
            "dress",
            "light purple with a white background and a white background and a white background and a white background "
            "and a white background and a white background and a",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        fabric("knitted"),
        sleeves("long-sleeve"),
        is_a("dress", times("yes", 30), "loop", hit_limit=True),
        gender="Women",
        title="SASSAFRAS Women Lavender Ribbed Bodycon Midi Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: teal tiered maxi with small white flowers, long sleeves, V-neck, bracelet and ring. The caption ended on a
    # full stop at the limit and is right.
    case(
        "X1379-018",
        caption(
            "The lady is wearing a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring "
            "on her finger.",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        color_of("dress", "floral", "non_answer", kind="open"),
        pattern("floral"),
        describe("dress", "a long-sleeve dress with floral patterns"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="AASK Women Teal Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: girl in a white sleeveless lace party dress with a pink satin sash and bow at the waist, white shoes.
    # Caption loops on the sash. Color: VQA fallback.
    case(
        "X1379-019",
        caption(
            "The female is wearing a sleeveless dress with pure color patterns. The dress is with other fabric. It has "
            "a round neckline. The female wears a belt. The dress is of medium length. The female wears a belt. The "
            "female wears a belt",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        color_of(
            "dress",
            "white with a pink bow and a pink bow and a pink bow and a pink bow and a pink bow and a pink bow and a "
            "pink bow and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        fabric("other", "non_answer"),
        sleeves("sleeveless"),
        gender="Girls",
        title="Pantaloons Junior Girls White Lace Fit and Flare Party Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: mustard short-sleeve jumpsuit with a collar, black belt, black sandals. Color and is_a: VQA fallback
    # (the color came from the belt).
    case(
        "X1379-020",
        caption(
            "The lady is wearing a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a lapel neckline. The lady wears a belt. The pants this lady wears is of long length. The pants "
            "are with cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns", who="she"),
        color_of("jumpsuit", "black", "other_garment_color", kind="open", hit_limit=True),
        details("jumpsuit", "lapel neckline"),
        sleeves("short-sleeve"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is this "
            "a jumpsuit?",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Mustard Yellow Solid Belted Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Photo: beige linen shirt dress, long sleeves rolled, collar, buttons, midi, canvas tote on the shoulder, a ring.
    # The feed left out the gender.
    case(
        "X1379-021",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The lady carries a bag. The dress is of long length. The lady wears a ring on her finger. "
            "The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        details("dress", "lapel neckline"),
        fabric("cotton", "contradiction"),
        title="Mango Women Beige Linen Shirt Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: pink A-line ethnic dress with a gold-toned block print, three-quarter sleeves, round neck with a keyhole,
    # jhumkas, a ring, juttis. Color: VQA fallback, ran to the limit mid-phrase.
    case(
        "X1379-022",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a round neckline. This lady wears an accessory on her ears. The dress is of long length. The lady wears a "
            "ring on her finger",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        color_of(
            "dress",
            "pink with a gold print all over and a round neck with a keyhole opening at the front and three quarter "
            "sleeves with a gold border at the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        pattern("graphic"),
        sleeves("medium-sleeve"),
        gender="Women",
        title="Anouk Women Pink & Gold-Toned Printed A-Line Ethnic Dress",
        category="Ethnic Dresses",
        color="Pink",
    ),
    # Photo: green sleeveless halter playsuit with a white leaf print, white sneakers, no hat. Caption makes it a tank
    # top and shorts.
    case(
        "X1379-023",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns and a shorts. The tank top is with cotton "
            "fabric. It has a suspenders neckline. The shorts are with cotton fabric and graphic patterns. This lady "
            "wears a hat. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns and a shorts", "contradiction", who="she"),
        color_of("playsuit", "graphic", "non_answer", kind="open"),
        pattern("graphic"),
        sleeves("sleeveless"),
        gender="Women",
        title="HERE&NOW Women Green Printed Halter Neck Playsuit",
        category="Playsuit",
        color="Green",
    ),
    # Photo: girl in a red velvet fit-and-flare party dress, long sleeves, round neck, a bow at the waist, white
    # tights and black shoes, no ring. Title says velvet. Color: VQA fallback.
    case(
        "X1379-024",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of medium length. The female wears socks in shoes. The female wears a "
            "ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="the girl"),
        color_of("dress", times("red", 30), "loop", kind="open", hit_limit=True),
        fabric("cotton", "contradiction"),
        details("dress", "round neckline"),
        sleeves("long-sleeve"),
        gender="Girls",
        title="Cherry Crumble Girls Red Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: flat lay on white of a black off-shoulder jumpsuit with elastic neckline and wide legs; no person.
    # Color: VQA fallback (the white is the backdrop).
    case(
        "X1379-025",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a suspenders neckline. The pants this lady wears is of long length. The pants are with cotton "
            "fabric and pure color",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns", who="the person"),
        color_of("jumpsuit", times("black and white", 10), "loop", kind="open", hit_limit=True),
        describe("jumpsuit", "a sleeveless jumpsuit with pure color patterns"),
        details("jumpsuit", "suspenders neckline", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: back view, coral ruched bodycon mini with a tie-up open back, short puff sleeves, bracelet; the front and
    # neckline are not visible. Color: VQA fallback.
    case(
        "X1379-026",
        caption(
            "The lady is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The dress is of short length. There is an accessory on her wrist. The lady wears a "
            "ring on her finger",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of(
            "dress",
            "pink\nQuestion: What is the color of the dress? Answer: pink\nQuestion: What is the color of the dress? "
            "Answer: pink",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        details("dress", "round neckline", "unsupported"),
        pattern("pure color"),
        gender="Women",
        title="Sera Women Coral Ruched Bodycon Mini Dress with Tie-Up Back",
        category="Dresses",
        color="Coral",
    ),
    # Photo: girl in a blue denim pinafore dress over a white tee with thin blue stripes, white sneakers. The caption
    # reads the pinafore as a skirt. Color, details, is_a: VQA fallback.
    case(
        "X1379-027",
        caption(
            "The female wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The female wears a short skirt. The skirt is with denim fabric and pure color patterns. "
            "The female wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", "contradiction", who="the girl"),
        color_of(
            "dress",
            "white with blue stripes and a blue denim skirt with a white t-shirt with blue stripes and a blue denim "
            "skirt with a white t-shirt",
            "other_garment_color",
            kind="open",
            hit_limit=True,
        ),
        pattern("striped", "contradiction"),
        details("dress", "the dress is a dress", "restated", hit_limit=True),
        is_a("dress", times("yes", 30), "loop", hit_limit=True),
        gender="Girls",
        title="Naughty Ninos Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: burgundy wrap midi, long sleeves, V-neck, model holding a coffee cup, a ring. Color: VQA fallback.
    case(
        "X1379-028",
        caption(
            "The lady is wearing a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. The lady holds a cup. The dress is of long length. The lady wears a ring on her "
            "finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of("dress", times("maroon", 30), "loop", kind="open", hit_limit=True),
        sleeves("long-sleeve"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Mast & Harbour Women Burgundy Solid Wrap Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: model with a short pixie cut in a grey melange T-shirt dress, short sleeves, round neck, knee length,
    # black sling bag, white socks and sneakers. Color and is_a: VQA fallback.
    case(
        "X1379-029",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The T-shirt is of long length. The gentleman wears a bag. The gentleman wears "
            "socks in shoes. The",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        color_of("dress", times("grey", 30), "loop", kind="open", hit_limit=True),
        fabric("cotton"),
        is_a("dress", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: white culotte jumpsuit with blue vertical stripes, sleeveless, V-neck, calf length, white sneakers. The
    # caption ran to the limit on "... striped patterns" without the full stop; content right.
    case(
        "X1379-030",
        caption(
            "The lady is wearing a sleeveless jumpsuit with striped patterns. The jumpsuit is with cotton fabric. It "
            "has a V-shape neckline. The pants this lady wears is of three-quarter length. The pants are with cotton "
            "fabric and striped patterns",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with striped patterns", who="she"),
        color_of("jumpsuit", "striped", "non_answer", kind="open"),
        pattern("striped"),
        sleeves("sleeveless"),
        details("jumpsuit", "V-shape neckline"),
        gender="Women",
        title="Berrylush Women White & Blue Striped Culotte Jumpsuit",
        category="Jumpsuit",
        color="White",
    ),
    # Photo: pink floral playsuit, short puff sleeves, square neck, shorts clearly visible, ring and bracelet. The
    # caption calls it a dress. is_a: VQA fallback, one word then padding.
    case(
        "X1379-031",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of short length. The lady wears a ring on her finger. There is an accessory "
            "on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction", who="she"),
        color_of("playsuit", "floral", "non_answer", kind="open"),
        details("playsuit", "square neckline"),
        is_a("playsuit", "yes", hit_limit=True),
        gender="Women",
        title="Tokyo Talkies Women Pink Floral Print Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Photo: girl in a peach jumpsuit with ruffled shoulder straps, long legs, white socks and sandals.
    case(
        "X1379-032",
        caption(
            "The female is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric. "
            "It has a suspenders neckline. The pants this female wears is of long length. The female wears socks in "
            "shoes. The female wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns", who="the girl"),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        describe("jumpsuit", "a sleeveless jumpsuit with pure color patterns"),
        sleeves("sleeveless"),
        fabric("cotton"),
        gender="Girls",
        title="Hopscotch Girls Peach-Coloured Solid Jumpsuit with Ruffles",
        category="Jumpsuit",
        color="Peach",
    ),
    # Photo: black sequinned sheath mini, sleeveless, round neck, black heels, ring and bracelet. Color and is_a: VQA
    # fallback.
    case(
        "X1379-033",
        caption(
            "The lady is wearing a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of short length. The lady wears a ring on her finger. There is an accessory "
            "on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="she"),
        color_of(
            "dress",
            "black\nQuestion: What is the color of the dress? Answer: black\nQuestion: What is the color of the dress? "
            "Answer: black",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        fabric("cotton", "unsupported"),
        pattern("graphic"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="ONLY Women Black Sequinned Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: mustard fit-and-flare dress with white polka dots, short sleeves, V-neck, knee length, bracelet, no belt.
    # Color: VQA fallback.
    case(
        "X1379-034",
        caption(
            "The lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "V-shape neckline. The dress is of medium length. The lady wears a belt. There is an accessory on her "
            "wrist. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", "contradiction", who="she"),
        color_of("dress", times("yellow", 30), "loop", kind="open", hit_limit=True),
        pattern("floral", "contradiction"),
        sleeves("short-sleeve"),
        gender="Women",
        title="Athena Women Mustard Yellow Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: navy jumpsuit with a small white leaf print, short sleeves, round neck, tan leather handbag held in one
    # hand. Color and is_a: VQA fallback (the color came from the bag).
    case(
        "X1379-035",
        caption(
            "The lady is wearing a short-sleeve jumpsuit with graphic patterns. The jumpsuit is with chiffon fabric. "
            "It has a round neckline. The lady carries a bag. The pants this lady wears is of long length. The pants "
            "are with chiffon fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with graphic patterns", who="she"),
        color_of("jumpsuit", "brown", "other_garment_color", kind="open", hit_limit=True),
        pattern("graphic"),
        details("jumpsuit", "round neckline"),
        is_a("jumpsuit", times("yes", 30), "loop", hit_limit=True),
        gender="Women",
        title="Vero Moda Women Navy Blue Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: off-white cotton A-line dress with blue thread embroidery at the V-neck and cuffs, three-quarter sleeves,
    # jhumkas, a ring. Color: VQA fallback.
    case(
        "X1379-036",
        caption(
            "The lady is wearing a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has "
            "a V-shape neckline. The dress is of medium length. This lady wears an accessory on her ears. The lady "
            "wears a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        color_of(
            "dress",
            "white with blue embroidery on the neck and sleeves and a white lining and a white lining and a white "
            "lining and a white lining and a white lining",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe("dress", "a medium-sleeve dress with graphic patterns"),
        details("dress", "V-shape neckline"),
        fabric("cotton"),
        gender="Women",
        title="Harpa Women Off-White & Blue Embroidered Cotton A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: girl in a lavender tulle fit-and-flare dress, sleeveless, sequinned bodice, round neck, white socks and
    # silver shoes. Caption loops. Color and is_a: VQA fallback.
    case(
        "X1379-037",
        caption(
            "The female is wearing a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline. The dress is of medium length. The female wears socks in shoes. The female wears "
            "socks in shoes. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        color_of("dress", "pink", "contradiction", kind="open", hit_limit=True),
        fabric("chiffon"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Lavender Embellished Tulle Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black off-shoulder playsuit with a thin black belt, black sandals. The caption happened to end on a full
    # stop at the limit and is right. The feed left out the gender. Color: VQA fallback.
    case(
        "X1379-038",
        caption(
            "The lady is wearing a sleeveless romper with pure color patterns. The romper is with cotton fabric. The "
            "lady wears a belt. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns.",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with pure color patterns", who="she"),
        color_of("playsuit", times("black", 30), "loop", kind="open", hit_limit=True),
        details("playsuit", "a belt"),
        sleeves("sleeveless"),
        title="FabAlley Women Black Solid Off-Shoulder Belted Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: woman with her hair tied back in an orange smocked midi, puff short sleeves, square neck, bracelet, ring.
    # Caption says "gentleman". Color: VQA fallback.
    case(
        "X1379-039",
        caption(
            "The gentleman is wearing a short-sleeve dress with pure color patterns. The dress is with cotton fabric. "
            "It has a square neckline. The dress is of long length. There is an accessory on his wrist. The gentleman "
            "wears a ring on",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of(
            "dress",
            "orange\nQuestion: What is the color of the dress? Answer: orange\nQuestion: What is the color of the "
            "dress? Answer: orange",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        pattern("pure color"),
        details("dress", "square neckline"),
        gender="Women",
        title="Cation Women Orange Solid Smocked Midi Dress",
        category="Dresses",
        color="Orange",
    ),
    # Photo: model with short hair in a beige utility jumpsuit, long sleeves rolled up, collar, button front, chest
    # pockets, white sneakers. Caption says "gentleman" and splits it into a shirt and pants. Color and describe: VQA
    # fallback (caption never says jumpsuit), one answer then padding.
    case(
        "X1379-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it "
            "has a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        color_of("jumpsuit", "khaki", kind="open", hit_limit=True),
        describe("jumpsuit", "the jumpsuit is a jumpsuit", "restated", hit_limit=True),
        sleeves("long-sleeve"),
        details("jumpsuit", "lapel neckline"),
        fabric("cotton"),
        gender="Women",
        title="SASSAFRAS Women Beige Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Photo: girl in a yellow sleeveless playsuit with a sunflower print, round neck, white socks and sneakers.
    # is_a: VQA fallback, nothing but padding.
    case(
        "X1379-041",
        caption(
            "The female is wearing a sleeveless romper with floral patterns. The romper is with cotton fabric. It has "
            "a round neckline. The shorts this female wears is of three-point length. The female wears socks in shoes. "
            "The female wears socks",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless romper with floral patterns", who="the girl"),
        color_of("playsuit", "floral", "non_answer", kind="open"),
        pattern("floral"),
        is_a("playsuit", "", "non_answer", hit_limit=True),
        gender="Girls",
        title="Cherry Crumble Girls Yellow Sunflower Printed Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: multicoloured (pink, blue, yellow) tie-and-dye sleeveless maxi, round neck, a ring. The caption's V-shape
    # neckline is not in the photo.
    case(
        "X1379-042",
        caption(
            "The lady is wearing a sleeveless dress with color block patterns. The dress is with chiffon fabric. It "
            "has a V-shape neckline. The dress is of long length. The lady wears a ring on her finger. The lady wears "
            "a ring on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with color block patterns", who="she"),
        color_of("dress", "color block", "non_answer", kind="open"),
        pattern("color block"),
        sleeves("sleeveless"),
        describe("dress", "a sleeveless dress with color block patterns"),
        details("dress", "V-shape neckline", "unsupported"),
        gender="Women",
        title="Tokyo Talkies Women Multicoloured Tie and Dye Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: sage green linen-blend sleeveless maxi, square neck, straw hat worn, a ring. The feed left out the
    # colour. Color: VQA fallback.
    case(
        "X1379-043",
        caption(
            "The lady is wearing a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has "
            "a square neckline. The dress is of long length. This lady wears a hat. The lady wears a ring on her "
            "finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of(
            "dress",
            "green\nQuestion: What is the color of the dress? Answer: green\nQuestion: What is the color of the dress? "
            "Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        fabric("cotton", "contradiction"),
        details("dress", "square neckline"),
        gender="Women",
        title="H&M Women Green Linen-Blend Maxi Dress",
        category="Dresses",
    ),
    # Photo: red sleeveless halter jumpsuit with wide legs, model sitting on a wooden stool, gold heels.
    # Color: VQA fallback.
    case(
        "X1379-044",
        caption(
            "The lady is wearing a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric. "
            "It has a suspenders neckline. The lady sits on a chair. The pants this lady wears is of long length. The "
            "pants are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns", who="she"),
        color_of("jumpsuit", times("red", 30), "loop", kind="open", hit_limit=True),
        sleeves("sleeveless"),
        details("jumpsuit", "suspenders neckline"),
        describe("jumpsuit", "a sleeveless jumpsuit with pure color patterns"),
        gender="Women",
        title="StyleStone Women Red Solid Halter Neck Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Red",
    ),
    # Photo: blue-and-white striped shirt dress, long sleeves, collar, self belt, knee length, white sneakers. Caption
    # calls it a shirt and loops on the belt. is_a: VQA fallback, "no" then padding.
    case(
        "X1379-045",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The shirt is of long length. The lady wears a belt. The lady wears a belt. The lady wears "
            "a belt. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction", who="she"),
        color_of("dress", "striped", "non_answer", kind="open"),
        pattern("striped"),
        sleeves("long-sleeve"),
        is_a("dress", "no", "contradiction", hit_limit=True),
        gender="Women",
        title="Mango Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
]
