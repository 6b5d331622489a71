"""BLIND_1403 (45 products; Myntra girls' and women's dresses, jumpsuits and playsuits, epoch-1 caption adapter,
mdeberta spans with VQA fallback): written blind in the sixty-fourth session. Measured blind at 4e1890e (the
session's fourth rules): 85/108 failures found (78.7%) and 10/171 correct texts flagged (5.8%). The writer's notes,
verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra spells them; gender Women or Girls; a column missing now and then). Photos are the
catalog's usual: a model on a plain backdrop wearing the product with shoes, now and then a jacket, a tee under a
jumpsuit, a bag or a hat; two flat lays, one back view, one seated shot.
Who wrote what: every caption is the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
greedy, 50 new tokens, no stop token trained, so most captions run to the limit in the DeepFashion-MultiModal template
("The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric..."). Each answer is the
span mdeberta-v3-base-squad2 extracted from that caption; when it found no span (nearly always the hue question, since
the template has no hue names, and the yes/no garment question) the VQA adapter answered instead, 30 new tokens, and
those answers loop, leak the "Question: ... Answer:" format or come back empty. The comment above each case says
which texts came from the VQA fallback; all others are spans of the caption.
Labeling conventions and judgement calls: one label per text. When a caption is both cut at the limit and wrong in
content, the content error is the label (contradiction, pronoun, unsupported, loop); a caption cut mid-clause that is
otherwise right is "cut". A caption that hit the limit right at the end of a complete clause ("...on her wrist",
"...wears a ring") keeps hit_limit=True but is left unmarked: nothing about the product was lost. The template's split
of a one-piece garment into a top and a bottom (tank top and pants for a jumpsuit, T-shirt and shorts for a playsuit,
shirt and skirt for a shirt dress) is a contradiction, on the caption and on every span that carries the wrong kind.
A pattern word given as the colour ("pure color", "floral") and an empty fallback are non_answer; material "other"
is non_answer. A colour that belongs to another worn item or prop (denim jacket, tee under a pinafore, heels, bag)
is other_garment_color; a wrong hue that belongs to nothing else in the photo (navy read as black) is contradiction.
Near hues are accepted: olive as green, mustard as yellow, rust as orange, lavender as purple, coral and magenta as
pink, beige as khaki, off-white as white. Material: correct when title or photo supports it; contradiction when the
title names another fabric (Satin, Linen, Net); unsupported when the title is silent and the photo shows another
fabric family (crepe, stretch knit, dobby); another garment's fabric (the jacket's denim) is contradiction. "romper"
is accepted for playsuits and jumpsuits (the In-shop class is romper/jumpsuit), "graphic" for dots and conversational
prints, "lattice" for checks. A flat lay captioned as a worn outfit with invented wrist accessories is unsupported. An
extracted span that stops where the cut caption stopped ("pure") is cut, without hit_limit.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1403 = [
    # Photo: black sleeveless bodycon midi, round neck, nude heels, grey backdrop. Caption adapter (cut at 50 tokens);
    # wearing, garment_type, pattern, sleeve, material are spans; color from the VQA fallback; details VQA fallback.
    case(
        "X1403-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. There is an accessory on her wrist. This lady wears a ring. The dress this lady "
            "wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        details("dress", "the dress is a dress", "restated"),
        title="Sassafras Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Photo: maroon wrap dress, small white flowers, three-quarter sleeves, V-neck, light georgette; beige clutch in
    # hand. Caption adapter (cut); all answers are spans, the color span is the pattern word.
    case(
        "X1403-002",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. There is an accessory on her wrist. The dress this lady wears is of long length. "
            "The dress is",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        title="Athena Women Maroon Floral Print Wrap Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # Photo: mustard short-sleeve playsuit, tie waist, round neck, white sneakers. Caption adapter splits it into a
    # T-shirt and shorts (cut); garment_type, pattern, sleeve are spans; color and is_a from the VQA fallback.
    case(
        "X1403-003",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a three-point shorts. The T-shirt is "
            "with cotton fabric and its neckline is round. The shorts are with cotton fabric and pure color patterns. "
            "There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("yellow"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "yes"),
        title="Tokyo Talkies Women Mustard Solid Playsuit",
        category="Playsuit",
        color="Mustard",
        gender="Women",
    ),
    # Photo: girl of about seven, pink sleeveless A-line dress with white unicorn print, white sandals. Caption adapter
    # (cut); spans for wearing, garment_type, pattern, material; color from the VQA fallback (loops).
    case(
        "X1403-004",
        caption(
            "The female wears a sleeveless dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The female wears a short skirt. The skirt is with cotton fabric and graphic patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns"),
        Q.garment_type("dress"),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
        ),
        Q.pattern("graphic"),
        Q.material("cotton"),
        title="Hopscotch Girls Pink Printed A-Line Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # Photo: navy sleeveless culotte jumpsuit, V-neck, white sneakers, white backdrop. Caption adapter reads a tank top
    # and pants (cut); wearing, garment_type, pattern, sleeve are spans; color and is_a from the VQA fallback.
    case(
        "X1403-005",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a three-quarter pants. The tank top is "
            "with cotton fabric and its neckline is V-shape. The pants are with cotton fabric and pure color "
            "patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a three-quarter pants", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("navy"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "yes"),
        title="SASSAFRAS Basics Women Navy Blue Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # Photo: white shirt dress with thin black vertical stripes, long sleeves rolled, collar, self belt, black heels.
    # Caption adapter reads a shirt and a skirt (cut); spans except color (VQA fallback).
    case(
        "X1403-006",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a long skirt. The skirt is with cotton fabric and striped patterns. There "
            "is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white-black"),
        Q.pattern("striped"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        title="Berrylush Women White & Black Striped Shirt Dress",
        category="Dresses",
        color="White",
        gender="Women",
    ),
    # Photo: teal A-line dress, textured dobby, short flutter sleeves, round neck, watch, tan sandals. Caption
    # adapter ended on its own (under the limit); all answers are spans.
    case(
        "X1403-007",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. There is an accessory on her wrist. The dress this lady wears is of medium length."
        ),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon", "unsupported"),
        details("dress", "its neckline is round"),
        title="Harpa Women Teal Self Design A-Line Dress",
        category="Dresses",
        color="Teal",
        gender="Women",
    ),
    # Photo: olive long-sleeve utility jumpsuit, flap pockets, collar, belt, full length, sneakers. Caption adapter
    # (cut); spans except color (VQA fallback).
    case(
        "X1403-008",
        caption(
            "The lady wears a long-sleeve romper with pure color patterns. The romper is with cotton fabric and it has "
            "a lapel neckline. There is a belt on her waist. The romper this lady wears is of long length. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("romper"),
        Q.color("green"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        details("jumpsuit", "it has a lapel neckline"),
        title="Mast & Harbour Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # Photo: red tiered maxi with small white and yellow flowers, puff short sleeves, SQUARE neckline, straw hat, white
    # sneakers. Caption adapter invents a V-neck (cut); spans except color (VQA fallback, leaks the prompt format).
    case(
        "X1403-009",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The lady wears a hat. The dress this lady wears is of long length. There is an "
            "accessory on her wrist. The lady wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color(
            "red Question: What is the color of the garment? Answer: red Question: What is the color of the garment? "
            "Answer: red Question: What",
            "leak",
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "its neckline is V-shape", "unsupported"),
        title="AASK Women Red Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # Photo: FLAT LAY of a yellow sleeveless playsuit with ruffled shoulders on white. Caption adapter reads a tank top
    # and shorts (cut); wearing and pattern are spans (the pattern span stops where the caption stopped); color and
    # is_a from the VQA fallback.
    case(
        "X1403-010",
        caption(
            "The female wears a sleeveless tank top with pure color patterns and a three-point shorts. The tank top is "
            "with cotton fabric and its neckline is suspenders. The shorts are with cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a three-point shorts", "contradiction"),
        Q.color("yellow"),
        Q.pattern("pure", "cut"),
        Q.sleeve_length("sleeveless"),
        is_a("playsuit", "no", "contradiction"),
        title="Cherry & Jerry Girls Yellow Solid Playsuit",
        category="Playsuit",
        color="Yellow",
        gender="Girls",
    ),
    # Photo: black lace sheath dress, cap sleeves, knee length, heels, beige backdrop. Caption adapter (cut); spans
    # except color (VQA fallback); material span is the template's "other".
    case(
        "X1403-011",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. There is an accessory on her wrist. This lady wears a ring. The dress this lady wears "
            "is of medium length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("black"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("other", "non_answer"),
        title="DressBerry Women Black Lace Sheath Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Photo: rust sleeveless V-neck wide-leg jumpsuit in matte crepe, tie belt, tan heels, bangle. Caption adapter hit
    # the limit at the end of a complete clause; spans except color and is_a (VQA fallback, is_a loops).
    case(
        "X1403-012",
        caption(
            "The lady wears a sleeveless jumpsuit with pure color patterns. The jumpsuit is with chiffon fabric and "
            "its neckline is V-shape. The lady wears a belt. The jumpsuit this lady wears is of long length. There is "
            "an accessory on her wrist",
            hit_limit=True,
        ),
        wearing("a sleeveless jumpsuit with pure color patterns"),
        Q.color("orange"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        is_a(
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="Marie Claire Women Rust Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Rust",
        gender="Women",
    ),
    # Photo: dark green long-sleeve floral maxi worn with an open blue denim jacket, white sneakers. Caption adapter
    # describes the jacket and a skirt (cut); spans except color (VQA fallback gives the jacket's blue).
    case(
        "X1403-013",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns and a long skirt. The jacket is with "
            "denim fabric and it has a lapel neckline. The skirt is with chiffon fabric and floral patterns. There is "
            "an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve denim jacket with pure color patterns and a long skirt", "contradiction"),
        Q.garment_type("denim jacket", "contradiction"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.material("denim", "contradiction"),
        title="StyleStone Women Green Floral Print Maxi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # Photo: girl in a navy sleeveless fit and flare dress with white flowers, pink shoes. Caption adapter (cut); spans
    # except color (VQA fallback). The feed row has no article type.
    case(
        "X1403-014",
        caption(
            "The female wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress this female wears is of medium length. There is an accessory on her "
            "wrist. The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.color("navy"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        title="Naughty Ninos Girls Navy Blue Floral Print Fit and Flare Dress",
        color="Navy Blue",
        gender="Girls",
    ),
    # Photo: black playsuit with small white polka dots, short puff sleeves, sweetheart neck, sunglasses on the head.
    # Caption adapter loops on its second sentence; spans except color (VQA fallback).
    case(
        "X1403-015",
        caption(
            "The lady wears a short-sleeve romper with graphic patterns. The romper is with cotton fabric and its "
            "neckline is V-shape. The romper is with cotton fabric and its neckline is V-shape. The romper is with "
            "cotton fabric and its",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve romper with graphic patterns"),
        Q.garment_type("romper"),
        Q.color("black"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        title="Tokyo Talkies Women Black Printed Playsuit",
        category="Playsuit",
        color="Black",
        gender="Women",
    ),
    # Photo: light blue denim shirt dress, short rolled sleeves, buttons, belt, white sneakers; woman with a short bob.
    # Caption adapter calls her a gentleman and the dress a shirt (cut); spans except color (VQA fallback).
    case(
        "X1403-016",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and it "
            "has a lapel neckline. The gentleman wears a belt. The shirt this gentleman wears is of medium length. "
            "There is an accessory",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("blue"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("denim"),
        title="Vero Moda Women Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # Photo: off-white cotton maxi with blue block-printed flowers, three-quarter sleeves, round neck, silver jhumkas.
    # Caption adapter (cut); spans except color (VQA fallback).
    case(
        "X1403-017",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress this lady wears is of long length. There is an accessory on her wrist. "
            "This lady wears a ring. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("floral"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is round"),
        title="Libas Women Off-White & Blue Printed Cotton Maxi Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # Photo: lavender satin slip midi, spaghetti straps, cowl neck, white sneakers. Caption adapter reads a tank top and
    # a skirt (cut); spans except color (VQA fallback).
    case(
        "X1403-018",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns and a long skirt. The tank top is with "
            "cotton fabric and its neckline is suspenders. The skirt is with chiffon fabric and pure color patterns. "
            "There is an accessory on her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns and a long skirt", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "contradiction"),
        title="Sera Women Lavender Solid Satin Slip Dress",
        category="Dresses",
        color="Lavender",
        gender="Women",
    ),
    # Photo: blue denim pinafore dress over a white short-sleeve tee, white sneakers. Caption adapter describes the tee
    # and reads the pinafore as a skirt, which is a fair read of the photo (cut); spans except color (VQA fallback gives
    # the tee's white).
    case(
        "X1403-019",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with denim fabric and pure color patterns. There "
            "is an accessory on",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a short skirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("denim"),
        title="Roadster Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # Photo: peach sleeveless fit and flare dress, ruffled round neckline, knee length, nude heels. Caption adapter
    # (cut); all answers are spans.
    case(
        "X1403-020",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The dress this lady wears is of medium length. There is an accessory on her wrist. "
            "The lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        title="Femella Women Peach Solid Fit & Flare Dress",
        category="Dresses",
        color="Peach",
        gender="Women",
    ),
    # Photo: girl in a red and white gingham shirt dress, short sleeves, collar, white sneakers. Caption adapter (cut);
    # spans except color and is_a (VQA fallback).
    case(
        "X1403-021",
        caption(
            "The female wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric and it has "
            "a lapel neckline. The dress this female wears is of medium length. There is an accessory on her wrist. "
            "The female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with lattice patterns"),
        Q.color("red-white"),
        Q.pattern("lattice"),
        Q.sleeve_length("short-sleeve"),
        is_a("dress", "yes"),
        title="Hopscotch Girls Red & White Checked Shirt Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # Photo: black wrap midi with white polka dots, long sleeves, V-neck, RED heels. Caption adapter (cut); spans except
    # color and details (VQA fallback: the heels' red, and a loop).
    case(
        "X1403-022",
        caption(
            "The lady wears a long-sleeve dress with graphic patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress this lady wears is of long length. There is an accessory on her wrist. "
            "This lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with graphic patterns"),
        Q.color("red", "other_garment_color"),
        Q.pattern("graphic"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        details(
            "dress",
            "the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the sleeves, the "
            "neckline, the",
            "loop",
            hit_limit=True,
        ),
        title="KASSUALLY Women Black & White Polka Dot Printed Wrap Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Photo: mustard tiered maxi with small white and red motifs, sleeveless with tassel ties, V-neck, oxidised bangles.
    # Caption adapter starts repeating itself before the cut; spans except color (VQA fallback, loops).
    case(
        "X1403-023",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric and its neckline "
            "is V-shape. There is an accessory on her wrist. The dress this lady wears is of long length. The dress is "
            "with cotton fabric and floral patterns. The",
            "cut",
            hit_limit=True,
        ),
        Q.color(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        details("dress", "its neckline is V-shape"),
        title="Global Desi Women Mustard Printed Tiered Maxi Dress",
        category="Dresses",
        color="Mustard",
        gender="Women",
    ),
    # Photo: black strappy wide-leg jumpsuit styled over a white short-sleeve tee, white sneakers. Caption adapter reads
    # a tee and pants (stops at the end of a sentence, at the limit); spans except color and is_a (VQA fallback).
    case(
        "X1403-024",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a long pants. The T-shirt is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and pure color patterns. There "
            "is an accessory on her wrist.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and a long pants", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        is_a("jumpsuit", "no", "contradiction"),
        title="ONLY Women Black Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # Photo: BACK VIEW of a coral sleeveless bodycon in stretch knit with a back cut-out, bracelet visible. Caption
    # adapter ended on its own; spans except color (VQA fallback).
    case(
        "X1403-025",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress this lady wears is of medium length. There is an accessory on her wrist."
        ),
        Q.garment_type("dress"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton", "unsupported"),
        title="Rare Women Coral Solid Bodycon Dress",
        category="Dresses",
        color="Coral",
        gender="Women",
    ),
    # Photo: girl in a pink net party dress, sequinned sleeveless bodice, flared tulle skirt, silver shoes. Caption
    # adapter loops on the skirt; spans except color (VQA fallback).
    case(
        "X1403-026",
        caption(
            "The female wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric and its "
            "neckline is round. The female wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns. The female wears a long skirt. The skirt",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "contradiction"),
        title="Zima Leto Girls Pink Embellished Net Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # Photo: blue and white striped off-shoulder playsuit, short sleeves, belt, white sneakers, straw bag. Caption
    # adapter (cut); spans except color and is_a (VQA fallback; is_a leaks the prompt).
    case(
        "X1403-027",
        caption(
            "The lady wears a short-sleeve romper with striped patterns. The romper is with cotton fabric and its "
            "neckline is square. The lady wears a belt. The romper this lady wears is of three-point length. There is "
            "an accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("romper"),
        Q.color("blue-white"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        is_a(
            "playsuit",
            "yes Question: Is this a playsuit? Answer: yes Question: Is this a playsuit? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        title="Berrylush Women Blue & White Striped Playsuit",
        category="Playsuit",
        color="Blue",
        gender="Women",
    ),
    # Photo: grey melange short-sleeve T-shirt dress, knee length, white sneakers. Caption adapter calls it a T-shirt
    # (cut); all answers are spans.
    case(
        "X1403-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The T-shirt this lady wears is of medium length. There is an accessory on her wrist. "
            "The lady wears a",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Roadster Women Grey Melange Solid Pure Cotton T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # Photo: girl in a green cotton A-line dress with gold foil motifs, short sleeves, gold juttis. Caption adapter
    # (cut); spans except color (VQA fallback).
    case(
        "X1403-029",
        caption(
            "The female wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress this female wears is of medium length. There is an accessory on her wrist. "
            "The female wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.color("green"),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        title="Biba Girls Green Printed A-Line Dress",
        category="Dresses",
        color="Green",
        gender="Girls",
    ),
    # Photo: navy halter jumpsuit with thin white pinstripes, sleeveless, matte crepe, silver heels. Caption adapter
    # (cut); spans except color and is_a (VQA fallback; color loops).
    case(
        "X1403-030",
        caption(
            "The lady wears a sleeveless jumpsuit with striped patterns. The jumpsuit is with chiffon fabric and its "
            "neckline is suspenders. The jumpsuit this lady wears is of long length. There is an accessory on her "
            "wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.color(
            "navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy navy "
            "navy navy navy navy navy navy navy navy navy",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        is_a("jumpsuit", "yes"),
        title="Zink London Women Navy Blue Self-Striped Halter Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # Photo: black off-shoulder rib-knit bodycon, long sleeves, white handbag on the arm. Caption adapter (cut); spans
    # except color (VQA fallback gives the bag's white).
    case(
        "X1403-031",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is square. The dress this lady wears is of medium length. There is an accessory on her wrist. "
            "This lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("white", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        title="Sera Women Black Solid Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Photo: plus-size model in a maroon maxi with large pink flowers, short sleeves, V-neck, georgette, bangle and
    # ring. Caption adapter hit the limit at the end of a complete clause; all answers are spans.
    case(
        "X1403-032",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress this lady wears is of long length. There is an accessory on her wrist. "
            "This lady wears a ring",
            hit_limit=True,
        ),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        describe("dress", "a short-sleeve dress with floral patterns"),
        title="Pluss Women Plus Size Maroon Floral Print Maxi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # Photo: beige short-sleeve linen jumpsuit, collar, belt, ankle length, brown loafers; woman with cropped hair.
    # Caption adapter calls her a gentleman in shirt and trousers (cut); spans except color and is_a (VQA fallback).
    case(
        "X1403-033",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns and a long trousers. His shirt is with "
            "cotton fabric and it has a lapel neckline. The trousers are with cotton fabric and pure color patterns. "
            "The gentleman wears a belt",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns and a long trousers", "contradiction"),
        Q.color("khaki"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton", "contradiction"),
        is_a("jumpsuit", "yes"),
        title="Mast & Harbour Women Beige Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="Beige",
        gender="Women",
    ),
    # Photo: girl in a lavender tie-dye short-sleeved playsuit, sneakers. Caption adapter reads a T-shirt and shorts
    # (cut); spans except color and is_a (VQA fallback).
    case(
        "X1403-034",
        caption(
            "The female wears a short-sleeve T-shirt with color block patterns and a three-point shorts. The T-shirt "
            "is with cotton fabric and its neckline is round. The shorts are with cotton fabric and color block "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("purple"),
        Q.pattern("color block", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "yes"),
        title="Sassafras Girls Lavender Tie-Dye Playsuit",
        category="Playsuit",
        color="Lavender",
        gender="Girls",
    ),
    # Photo: black sequinned mini, long sleeves, SILVER heels. Caption adapter (cut); spans except color (VQA
    # fallback gives the heels' silver). The feed row has no gender.
    case(
        "X1403-035",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric and its "
            "neckline is round. There is an accessory on her wrist. The dress this lady wears is of medium short "
            "length. The lady wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns"),
        Q.color("silver", "other_garment_color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        details("dress", "its neckline is round"),
        title="Athena Women Black Sequinned Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: turquoise maxi with white flowers, sleeveless ruffle straps, V-neck, flowing polyester georgette. Caption
    # adapter repeats itself before the cut; spans except color and is_a (VQA fallback; is_a leaks the prompt). No
    # gender in the feed row.
    case(
        "X1403-036",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric and its "
            "neckline is V-shape. The dress this lady wears is of long length. There is an accessory on her wrist. "
            "The dress is with chiffon fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.color("blue"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        title="Vishudh Women Turquoise Blue Floral Printed Maxi Dress",
        category="Dresses",
        color="Turquoise Blue",
    ),
    # Photo: girl in a white schiffli cotton dress, flutter sleeves, pink shoes. Caption adapter (cut); spans
    # except color (VQA fallback).
    case(
        "X1403-037",
        caption(
            "The female wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is round. The dress this female wears is of medium length. The female wears a short skirt. The "
            "skirt is with",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Bitiya by Bhama Girls White Schiffli Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
    # Photo: red strappy ruched bodycon mini in stretch jersey, model seated on a wooden stool, ring and bracelet.
    # Caption adapter ended on its own; spans except color (VQA fallback).
    case(
        "X1403-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitted fabric and its "
            "neckline is suspenders. The dress this lady wears is of medium short length. There is an accessory on "
            "her wrist. This lady wears a ring."
        ),
        Q.garment_type("dress"),
        Q.color("red"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("knitted"),
        details("dress", "its neckline is suspenders"),
        title="Tokyo Talkies Women Red Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # Photo: olive long-sleeve utility playsuit, button front, shorts, belt, brown ankle boots. Caption adapter reads a
    # shirt and shorts (cut); spans except color and is_a (VQA fallback; color loops).
    case(
        "X1403-039",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns and a three-point shorts. The shirt is with "
            "cotton fabric and it has a lapel neckline. The shorts are with cotton fabric and pure color patterns. "
            "The lady wears a belt. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        is_a("playsuit", "yes"),
        title="Mango Women Olive Green Solid Utility Playsuit",
        category="Playsuit",
        color="Olive",
        gender="Women",
    ),
    # Photo: magenta A-line midi, short puff sleeves, square neck, cotton poplin, canvas tote on the shoulder. Caption
    # adapter (cut); spans except color (VQA fallback).
    case(
        "X1403-040",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric and its "
            "neckline is square. The dress this lady wears is of long length. There is an accessory on her wrist. "
            "This lady wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("pink"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("dress", "its neckline is square"),
        title="AKS Couture Women Magenta Solid A-Line Midi Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # Photo: FLAT LAY of a navy and white checked shirt dress, long sleeves, self-tie belt, no person. Caption adapter
    # invents a wearer with a wrist accessory and calls the dress a shirt (cut); spans except color (VQA fallback).
    case(
        "X1403-041",
        caption(
            "The lady wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel neckline. The lady wears a belt. The shirt this lady wears is of long length. There is an "
            "accessory on her wrist. The",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("navy-white"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        title="Allen Solly Woman Navy Blue Checked Shirt Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # Photo: white sleeveless broderie playsuit, square neck, ruffled shorts, straw hat, brown sandals. Caption adapter
    # (cut); spans except color and is_a (VQA fallback; is_a loops).
    case(
        "X1403-042",
        caption(
            "The lady wears a sleeveless romper with pure color patterns. The romper is with cotton fabric and its "
            "neckline is square. The lady wears a hat. The romper this lady wears is of three-point length. There is "
            "an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("romper"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a(
            "playsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        title="Sassafras Women White Pure Cotton Schiffli Playsuit",
        category="Playsuit",
        color="White",
        gender="Women",
    ),
    # Photo: girl in a blue sleeveless full-length jumpsuit with a small white heart print, white sneakers. Caption
    # adapter reads a tank top and pants (cut); spans except color and is_a (VQA fallback; color came back empty).
    case(
        "X1403-043",
        caption(
            "The female wears a sleeveless tank top with graphic patterns and a long pants. The tank top is with "
            "cotton fabric and its neckline is round. The pants are with cotton fabric and graphic patterns. There "
            "is an accessory on her wrist",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns and a long pants", "contradiction"),
        Q.color("", "non_answer"),
        Q.pattern("graphic"),
        is_a("jumpsuit", "yes"),
        title="Gini and Jony Girls Blue Printed Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Girls",
    ),
    # Photo: color-blocked shift dress, black short-sleeve top half and white skirt half, black heels. Caption adapter
    # reads a T-shirt and a skirt (cut); spans except color (VQA fallback).
    case(
        "X1403-044",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns and a short skirt. The T-shirt is with "
            "cotton fabric and its neckline is round. The skirt is with cotton fabric and pure color patterns. There "
            "is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("black-white"),
        Q.pattern("pure color", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        title="Chemistry Women Black & White Colourblocked Shift Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # Photo: dark navy short-sleeve shirt-collar jumpsuit, belt, wide leg, white heels, no other dark item. Caption
    # adapter slips to "His" before the cut; spans except color and is_a (VQA fallback reads the navy as black).
    case(
        "X1403-045",
        caption(
            "The lady wears a short-sleeve jumpsuit with pure color patterns. The jumpsuit is with cotton fabric and "
            "it has a lapel neckline. The lady wears a belt. The jumpsuit this lady wears is of long length. His "
            "jumpsuit is with cotton fabric",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve jumpsuit with pure color patterns"),
        Q.color("black", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        is_a("jumpsuit", "yes"),
        title="Athena Women Navy Blue Solid Shirt Collar Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
]
