"""BLIND_1547 (45 products; Myntra dresses, jumpsuits and playsuits, epoch-1 caption + mdeberta extraction): written
blind in the sixty-sixth session. Measured blind at b37ad1b (the session's second rules): 105/113 failures found
(92.9%) and 6/200 correct texts flagged (3.0%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's Dresses, Jumpsuit and Playsuit articles (title, category = article
type, color = base colour, gender; a column missing here and there as in the real feed). Catalog shots: a model on a
plain backdrop, often with sneakers, heels, a jacket, a bag or a tee under a slip dress; one flat lay, one back view,
a stool as a prop. Each product was captioned by the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on Salesforce/blip2-opt-2.7b, greedy, 50 new tokens), then
every question was answered by timpal0l/mdeberta-v3-base-squad2 over that caption; when the QA model returned no span
the question went to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, greedy, 30 new tokens).
Who wrote what: the caption always comes from the epoch-1 caption adapter, in the DeepFashion-MultiModal template
("The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its neckline is
v-shape..."). Having no end-of-caption token, it always runs to the 50-token limit (hit_limit=True on every caption),
usually ending mid-sentence, sometimes repeating its last sentence. At epoch 1 a hue word still slips into some
captions ("a black sleeveless dress"); most captions carry no hue at all. Answers that are short spans of the caption
("sleeveless", "chiffon", "pure color", "a belt") are mdeberta's and never hit a limit. Answers that run on
("red red red ...", "black Question: What is the color ... Answer: black ...", "navy blue with white flowers and
...") are the VQA adapter's fallback and always hit the 30-token limit; in practice the fallback fired mostly on
color questions (when mdeberta found no span) and on the yes/no "Is this a ...?" questions.
Labeling conventions and judgement calls: a caption cut mid-sentence at the limit is `cut`; a caption that also gets
the product wrong is labeled by that error instead (two garments for a one-piece: `contradiction`; a fabric against
the title's "Velvet"/"Georgette": `contradiction`; a hat, ring or shoes that are not in the photo: `unsupported`; a
man/gentleman for a woman or a girl: `pronoun`); a caption whose last sentence repeats three times is `loop`. One
caption (X1547-021) happened to end on a full stop at exactly 50 tokens and says nothing wrong: hit_limit=True but
unlabeled. "The lady" for a girl is not counted as a pronoun error. A color question answered with a pattern span
("pure color", "floral", "striped", "lattice", "graphic", "color block") is `non_answer`; the same span for the
pattern question is correct. A hue span that belongs to another item in the caption (the denim jacket, the white bag,
the shirt under a pinafore) is `other_garment_color`. Garment names from a two-garment caption ("tank top", "shirt",
"T-shirt", "shorts") for a dress/jumpsuit/playsuit are `contradiction`, as are sleeves that belong to the tee under
a slip dress or the shirt under a pinafore, and an accessory given as the outfit or as a dress detail. "romper" for
a playsuit and "lapel" for a shirt collar are accepted; DeepFashion has no velvet, crepe or georgette, so "cotton" /
"chiffon" is accepted unless the title names another fabric. A VQA run-on is labeled by its shape: repetition of a
word or phrase `loop` (even when the word is the right color, or the wrong one), a new "Question: ... Answer:" `leak`,
a right description cut mid-phrase `cut`. A yes/no question answered by a span that names the right garment ("a
sleeveless jumpsuit" to "Is this a jumpsuit?") is accepted. "What is the girl wearing?" answered with the shirt under
the pinafore is true of the photo and left unlabeled. Errors that only the photo shows (cap sleeves called
sleeveless on a back view, a one-shoulder neckline called suspenders) are `unsupported`.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def _rep(word: str, n: int = 30, sep: str = " ") -> str:
    """A VQA run-on that repeats one token to the 30-token limit, as decoded."""
    return sep.join([word] * n)


BLIND_1547 = [
    # Photo: front, black sleeveless knee-length bodycon dress, round neck, white sneakers, silver hoops, grey
    # backdrop. Caption: epoch-1 adapter (hue slipped in, cut at 50). Answers: mdeberta spans.
    case(
        "X1547-001",
        caption(
            "The lady wears a black sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sneakers. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sleeveless dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: pink dress with small white flowers, short flutter sleeves, V-neck, tie belt, knee length, nude heels.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans (the color question gets the pattern span).
    case(
        "X1547-002",
        caption(
            "The female wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and it has a "
            "v-shape neckline. The dress is of medium-short length. There is an accessory on her waist. The female "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "it has a v-shape neckline"),
        gender="Women",
        title="DressBerry Women Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: olive sleeveless cotton jumpsuit, round neck, drawstring waist, full length, white sneakers.
    # Caption: epoch-1 adapter splits the jumpsuit into a tank top and trousers. Answers: mdeberta spans; color and
    # the yes/no question: VQA fallback (no span).
    case(
        "X1547-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns. The lady wears",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(_rep("green"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: mustard wrap dress, long sleeves, V-neck, midi, tan block heels, thin gold bracelet, bare fingers.
    # Caption: epoch-1 adapter invents a ring, cut. Answers: mdeberta spans.
    case(
        "X1547-004",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric and it has "
            "a v-shape neckline. The dress is of long length. The lady wears a ring. There is an accessory on her "
            "wrist. The lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: girl of about eight, red dress with white polka dots, short puff sleeves, round neck, knee length, white
    # sandals. Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-005",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sandals. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns", who="the girl"),
        Q.garment_type("dress"),
        Q.color(_rep("red"), "loop", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Cation Girls Red Polka Dot Print Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: navy maxi with white and orange flowers, three-quarter sleeves, V-neck, tiered, ankle length, bangle,
    # tan sandals. Caption: epoch-1 adapter, cut. Answers: mdeberta spans.
    case(
        "X1547-006",
        caption(
            "The female wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. There is an accessory on her wrist. The female wears a "
            "pair of sandals. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        details("dress", "its neckline is v-shape"),
        gender="Women",
        title="Harpa Women Navy Blue Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black sleeveless playsuit, square neck, shorts, black strappy sandals, gold chain necklace.
    # Caption: epoch-1 adapter splits it into a tank top and shorts. Answers: mdeberta spans; color and the yes/no
    # question: VQA fallback.
    case(
        "X1547-007",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is square. The lady wears shorts. The shorts are of three-point length. The lady has neckwear. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "black Question: What is the color of the garment? Answer: black Question: What is the color of the "
            "garment? Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a("playsuit", _rep("no"), "loop", hit_limit=True),
        gender="Women",
        title="Mast & Harbour Women Black Solid Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: maroon velvet A-line dress, long sleeves, square neck, above the knee, black heels.
    # Caption: epoch-1 adapter calls the velvet cotton, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-008",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium-short length. The lady wears a pair of high heels. There is an "
            "accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color(_rep("purple"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Berrylush Women Maroon Solid Velvet A-Line Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: girl in a yellow and white horizontally striped sleeveless cotton dress, round neck, knee length, white
    # sneakers. Caption: epoch-1 adapter, cut. Answers: mdeberta spans.
    case(
        "X1547-009",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sneakers. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        Q.garment_type("dress"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="YK Girls Yellow & White Striped A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: white shirt dress, rolled long sleeves, collar, self belt, above the knee, worn under an open light-blue
    # denim jacket, white sneakers. Caption: epoch-1 adapter names the jacket's hue, cut. Answers: mdeberta spans (the
    # only hue span is the jacket's).
    case(
        "X1547-010",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The lady wears a blue denim jacket. The jacket is with denim fabric and its sleeves "
            "are long. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("dress", "its neckline is lapel"),
        gender="Women",
        title="ONLY Women White Solid Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: teal halter-neck maxi, sleeveless, ankle length, gold heels, a ring on her right hand.
    # Caption: epoch-1 adapter repeats its last sentence. Answers: mdeberta spans.
    case(
        "X1547-011",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is suspenders. The dress is of long length. The lady wears a ring. The lady wears a ring. The "
            "lady wears a ring. The lady",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "its neckline is suspenders"),
        gender="Women",
        title="Athena Women Teal Solid Halter Neck Maxi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: navy sleeveless culotte jumpsuit, V-neck, cropped wide legs, fabric belt, white sneakers.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback (wrong hue, looping).
    case(
        "X1547-012",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric and its "
            "neckline is v-shape. The lady wears a belt. The jumpsuit is of three-quarter length. The lady wears a "
            "pair of sneakers. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        Q.garment_type("jumpsuit"),
        Q.color(_rep("black"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "a sleeveless jumpsuit"),
        gender="Women",
        title="Chemistry Women Navy Blue Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: peach fit-and-flare dress, cap sleeves, round neck, knee length, white sandals, a white handbag in her
    # hand. Caption: epoch-1 adapter names the bag's hue, cut. Answers: mdeberta spans.
    case(
        "X1547-013",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sandals. The lady holds "
            "a white bag in",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Globus Women Peach-Coloured Solid Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: red satin slip dress on thin straps, cowl neck, midi, layered over a fitted white short-sleeve tee, white
    # sneakers. Caption: epoch-1 adapter sees a T-shirt and a skirt. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The lady wears a long skirt. The skirt is with chiffon fabric and pure color patterns. "
            "The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color(
            "white Question: What is the color of the shirt? Answer: white Question: What is the color of the pants? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Women",
        title="SASSAFRAS Women Red Satin Slip Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: blue and white vertically striped shirt dress, rolled long sleeves, collar, brown belt, knee length,
    # brown sandals, a watch. Caption: epoch-1 adapter calls it a shirt plus "lower clothing". Answers: mdeberta spans.
    case(
        "X1547-015",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a belt. The lower clothing is of medium-short length. There is an "
            "accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a belt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl of about six with a short bob, pink floral cotton jumpsuit, frilled sleeveless shoulders, full
    # length, pink sandals. Caption: epoch-1 adapter calls her a man, cut. Answers: mdeberta spans.
    case(
        "X1547-016",
        caption(
            "The man wears a sleeveless jumpsuit with floral patterns. The jumpsuit is with cotton fabric and its "
            "neckline is round. The jumpsuit is of long length. The man wears a pair of sandals. There is an accessory "
            "on his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with floral patterns", who="the girl"),
        Q.garment_type("jumpsuit"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Girls",
        title="Naughty Ninos Girls Pink Floral Print Jumpsuit",
        category="Jumpsuit",
        color="Pink",
    ),
    # Photo: back view: black sheath dress with short cap sleeves, concealed back zip, knee length, black heels.
    # Caption: epoch-1 adapter, repeating. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-017",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. The dress is "
            "of medium-short length. The lady wears a pair of high heels. The lady wears a pair of high heels. The "
            "lady wears a pair",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.color(
            "black\nQuestion: What is the color of the garment? Answer: black\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless", "unsupported"),
        Q.material("cotton"),
        details("dress", "The dress is of medium-short length"),
        gender="Women",
        title="AND Women Black Solid Sheath Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: olive utility jumpsuit, long rolled sleeves, shirt collar, chest pockets, belt, full length, tan boots.
    # Caption: epoch-1 adapter (hue slipped in), cut. Answers: mdeberta spans; yes/no: VQA fallback.
    case(
        "X1547-018",
        caption(
            "The lady wears a long-sleeve green jumpsuit with pure color patterns. The jumpsuit is with cotton fabric "
            "and its neckline is lapel. The lady wears a belt. The jumpsuit is of long length. The lady wears a pair "
            "of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve green jumpsuit", who="she"),
        Q.garment_type("jumpsuit"),
        Q.color("green"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        details("jumpsuit", "its neckline is lapel"),
        is_a(
            "jumpsuit",
            "yes, it is a jumpsuit with a belt and a collar and a collar and a collar and a collar and a collar and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="U&F Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: lavender wrap dress, short flutter sleeves, V-neck, midi, white sneakers, a ring.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans.
    case(
        "X1547-019",
        caption(
            "This female wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The female wears a pair of sneakers. The female wears a "
            "ring on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of("dress", "pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Femella Women Lavender Solid Wrap Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: flat lay on white: girls' white sleeveless dress with a pink unicorn print, round neck, no person.
    # Caption: epoch-1 adapter invents the wearer and her shoes. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-020",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its neckline "
            "is round. The dress is of medium-short length. The lady wears a pair of shoes. The lady wears a",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "white with a pink unicorn on the front and a pink bow on the back and a pink bow on the back and a pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Pspeaches Girls White Unicorn Print Fit and Flare Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: black and white gingham shirt dress, short sleeves, collar, above the knee, black sneakers, a watch.
    # Caption: epoch-1 adapter, ends on a full stop at exactly 50 tokens, nothing wrong. Answers: mdeberta spans.
    case(
        "X1547-021",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline is lapel. The dress is of medium-short length. There is an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        Q.garment_type("dress"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Black & White Checked Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust playsuit, short puff sleeves, square neck, shorts, model seated on a wooden stool, tan sandals.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color and yes/no: VQA fallback.
    case(
        "X1547-022",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is square. The romper is of three-point length. The lady wears a pair of sandals. The lady sits "
            "on a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color(_rep("brown"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a(
            "playsuit",
            "no Question: Is this a playsuit? Answer: no Question: Is this a playsuit? Answer: no Question: Is this",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="FOREVER 21 Women Rust Solid Playsuit",
        category="Playsuit",
        color="Rust",
    ),
    # Photo: off-white A-line dress with a blue block print, three-quarter sleeves, round neck, knee length, bangles,
    # blue juttis. Caption: epoch-1 adapter, cut. Answers: mdeberta spans (details picks the bangles).
    case(
        "X1547-023",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. There is an accessory on her wrist. The lady "
            "wears a pair of shoes",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns"),
        Q.color("graphic", "non_answer"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "an accessory on her wrist", "contradiction"),
        gender="Women",
        title="Harpa Women Off-White & Blue Printed A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: black maxi with red roses, sheer long sleeves, V-neck, ankle boots, beside a potted plant.
    # Caption: epoch-1 adapter (hue slipped in), cut. Answers: mdeberta spans.
    case(
        "X1547-024",
        caption(
            "The lady wears a long-sleeve black dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a pair of boots. There is an accessory "
            "on",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve black dress with floral patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Sera Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: mid-blue denim jumpsuit, short sleeves, collar, button placket, full length, white sneakers.
    # Caption: epoch-1 adapter sees a shirt and trousers. Answers: mdeberta spans; yes/no: VQA fallback.
    case(
        "X1547-025",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears long trousers. The trousers are with denim fabric and pure color "
            "patterns. The lady",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        is_a("jumpsuit", _rep("yes"), "loop", hit_limit=True),
        gender="Women",
        title="Tokyo Talkies Women Blue Solid Denim Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: beige rib-knit sweater dress, long sleeves, turtleneck, knee length, brown knee boots.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-026",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is standing. The dress is of medium-short length. The lady wears a pair of boots. The lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color(
            "white\nQuestion: What is the color of the garment? Answer: white\nQuestion: What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        details("dress", "its neckline is standing"),
        gender="Women",
        title="Chemistry Women Beige Ribbed Sweater Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: green floral tiered maxi, ruffled straps, square neck, tan sandals.
    # Caption: epoch-1 adapter (hue slipped in), cut. Answers: mdeberta spans.
    case(
        "X1547-027",
        caption(
            "The female wears a sleeveless green dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is square. The dress is of long length. The female wears a pair of sandals. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless green dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color("green"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Green Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: schoolgirl in a navy pinafore dress over a white long-sleeve collared shirt, knee length, white socks,
    # black shoes. Caption: epoch-1 adapter describes the shirt first (with its hue), then the dress, cut.
    # Answers: mdeberta spans, all from the shirt sentence.
    case(
        "X1547-028",
        caption(
            "The lady wears a long-sleeve white shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is lapel. The lady wears a sleeveless dress. The dress is with cotton fabric and pure color "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white shirt with pure color patterns", who="the girl"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.material("cotton"),
        gender="Girls",
        title="Allen Solly Junior Girls Navy Blue Solid Pinafore Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: navy sleeveless wide-leg jumpsuit, V-neck, fabric belt, nude heels.
    # Caption: epoch-1 adapter, cut on its last word. Answers: mdeberta spans.
    case(
        "X1547-029",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric and "
            "its neckline is v-shape. The lady wears a belt. The jumpsuit is of long length. The lady wears a pair of "
            "high heels",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        Q.garment_type("jumpsuit"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Women",
        title="Globus Women Navy Blue Solid Wide-Leg Jumpsuit with Belt",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: red tea dress with white daisies, short sleeves, V-neck, button front, midi, holding a wicker basket, no
    # hat. Caption: epoch-1 adapter invents a hat. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-030",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a hat. The lady wears a pair of sandals",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        color_of(
            "dress",
            "red Question: What is the color of the dress? Answer: red Question: What is the color of the dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Marks & Spencer Women Red Floral Print Tea Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: grey melange T-shirt dress, short sleeves, round neck, knee length, white sneakers, black sling bag.
    # Caption: epoch-1 adapter calls it a T-shirt. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-031",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt is of medium-short length. The lady wears a pair of sneakers. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color(_rep("grey", 15, "-"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey",
    ),
    # Photo: coral one-shoulder bodycon dress, above the knee, nude heels.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-032",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is suspenders. The dress is of medium-short length. The lady wears a pair of high heels. The "
            "lady wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color(_rep("pink"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "its neckline is suspenders", "unsupported"),
        gender="Women",
        title="Zima Leto Women Coral Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: girl of about ten in a blue playsuit with a white leaf print, short sleeves, round neck, tie waist,
    # shorts, white sneakers. Caption: epoch-1 adapter sees a shirt and shorts. Answers: mdeberta spans; color: VQA.
    case(
        "X1547-033",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is round. The lady wears shorts. The shorts are of three-point length. The shorts are with "
            "cotton fabric and graphic",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with graphic patterns", "contradiction", who="the girl"),
        Q.garment_type("shorts", "contradiction"),
        Q.color(_rep("blue"), "loop", hit_limit=True),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="Hola Bonita Girls Blue Printed Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: burgundy ruched bodycon mini, long sleeves, round neck, black heels. (No base colour in the feed row.)
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-034",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of three-point length. The lady wears a pair of high heels. The lady "
            "wears a pair of high heels",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color(
            "red\nQuestion: What is the color of the garment? Answer: red\nQuestion: What is the color of the garment?",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="StyleStone Women Burgundy Solid Ruched Bodycon Dress",
        category="Dresses",
    ),
    # Photo: black bodycon dress with white side panels, sleeveless, round neck, knee length, white sneakers.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans.
    case(
        "X1547-035",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sneakers. There is an "
            "accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with color block patterns"),
        Q.garment_type("dress"),
        Q.color("color block", "non_answer"),
        Q.pattern("color block"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Colourblocked Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy playsuit with a white ditsy floral print, long sleeves, wrap V-neck, shorts, white sneakers,
    # sunglasses pushed up on her head. Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-036",
        caption(
            "The lady wears a long-sleeve romper with floral patterns. The romper is with chiffon fabric and its "
            "neckline is v-shape. The romper is of three-point length. The lady wears a pair of glasses. The lady "
            "wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve romper with floral patterns"),
        Q.garment_type("romper"),
        Q.color(
            "navy blue with white flowers and a v-neck and long sleeves and a tie at the waist and a pair of white",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        is_a("playsuit", "a long-sleeve romper"),
        gender="Women",
        title="Ketch Women Navy Blue Printed Playsuit",
        category="Playsuit",
        color="Navy Blue",
    ),
    # Photo: white cotton schiffli (eyelet) A-line dress, short sleeves, round neck, knee length, brown sandals,
    # straw bag. Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sandals. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color(_rep("white"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        details("dress", "its neckline is round"),
        gender="Women",
        title="Sera Women White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: model with a pixie cut in a black sleeveless jumpsuit, round neck, belt, tapered full length, white
    # sneakers. Caption: epoch-1 adapter calls her a gentleman, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-038",
        caption(
            "The gentleman wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with cotton fabric "
            "and its neckline is round. The gentleman wears a belt. The jumpsuit is of long length. The gentleman "
            "wears a pair of",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns", who="she"),
        Q.garment_type("jumpsuit"),
        Q.color(_rep("black"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Belted Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: girl in a pink party dress, sleeveless sequinned bodice, layered tulle skirt, knee length, silver shoes,
    # a tiara headband. Caption: epoch-1 adapter ("hat" for the headband, let pass), cut. Answers: mdeberta spans.
    case(
        "X1547-039",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a hat. The lady wears a pair of "
            "shoes. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        gender="Girls",
        title="Gini and Jony Girls Pink Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black sequinned bodycon mini, sheer long sleeves, V-neck, black heels, a clutch.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is v-shape. The dress this lady wears is of three-point length. The lady wears a pair of high "
            "heels. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        color_of(
            "dress",
            "black\nQuestion: What is the color of the dress? Answer: black\nQuestion: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.material("other", "non_answer"),
        details("dress", "dress this lady wears", "restated"),
        gender="Women",
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: yellow sundress with white daisies, thin straps, square neck, above the knee, white sneakers, straw hat
    # on her head. Caption: epoch-1 adapter (hue slipped in), cut. Answers: mdeberta spans.
    case(
        "X1547-041",
        caption(
            "The lady wears a sleeveless yellow dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress is of medium-short length. The lady wears a hat. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless yellow dress with floral patterns", who="she"),
        Q.garment_type("dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="HERE&NOW Women Yellow Floral Print Sundress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: pink off-shoulder playsuit with frilled short sleeves, shorts, white sneakers, sunglasses.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-042",
        caption(
            "The lady wears a short-sleeve romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is none. The romper is of three-point length. The lady wears a pair of glasses. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with pure color patterns"),
        Q.garment_type("romper"),
        Q.color(_rep("pink"), "loop", hit_limit=True),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details("playsuit", "its neckline is none", "non_answer"),
        gender="Women",
        title="Mast & Harbour Women Pink Solid Off-Shoulder Playsuit",
        category="Playsuit",
        color="Pink",
    ),
    # Photo: girl in a mid-blue sleeveless denim A-line dress, button front, round neck, knee length, white sneakers.
    # Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback.
    case(
        "X1547-043",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with denim fabric and its "
            "neckline is round. The dress is of medium-short length. The lady wears a pair of sneakers. The lady wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        Q.garment_type("dress"),
        Q.color(
            "blue\nQuestion: What is the color of the garment? Answer: blue\nQuestion: What is the color",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("denim"),
        gender="Girls",
        title="Peppermint Girls Blue Denim A-Line Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: maroon wrap dress with pink flowers, short sleeves, V-neck, midi, black block heels. (No gender in the
    # feed row.) Caption: epoch-1 adapter, cut. Answers: mdeberta spans; color: VQA fallback, right but cut.
    case(
        "X1547-044",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is v-shape. The dress is of long length. The lady wears a pair of high heels. There is an "
            "accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.garment_type("dress"),
        Q.color(
            "maroon with pink flowers and a v-neck and short sleeves and a tie at the waist and a pair of black",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        title="Globus Women Maroon Floral Print Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: black georgette maxi, sheer full sleeves, round neck, gathered waist, ankle length, black heels, a
    # bracelet. Caption: epoch-1 adapter calls the georgette cotton, cut. Answers: mdeberta spans.
    case(
        "X1547-045",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress is of long length. The lady wears a pair of high heels. There is an "
            "accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Harpa Women Black Solid Georgette Maxi Dress",
        category="Dresses",
        color="Black",
    ),
]
