"""BLIND_1523 (45 products; Myntra dresses/jumpsuits/playsuits, epoch-1 captions + mdeberta spans + VQA fallback):
written blind in the sixty-fifth session. Measured blind at 71dbb3c (the session's sixth rules): 111/121 failures
found (91.7%) and 9/157 correct texts flagged (5.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of women's and girls' dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra spells them; gender Women or Girls; a column left out now and then). Photos are the
usual catalog shots: a model on a plain backdrop, often with sneakers, heels, a bag, a jacket or an inner tee; one flat
lay, two back views, a child holding a teddy bear. Each product was captioned once by the epoch-1 caption adapter
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch, greedy, 50 new tokens); every question was then answered by
timpal0l/mdeberta-v3-base-squad2 over that caption, and only when it found no span did the VQA adapter
(leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens) generate an answer from the image.
Who wrote what: the caption is always the caption adapter's, in the DeepFashion-MultiModal template (no hue names:
"pure color", "floral", "graphic", "lattice", "striped", "color block"; fabrics cotton, chiffon, denim, knitting,
furry, other; accessories on the wrist, rings, belts, hats, glasses, socks). A span answer is an exact substring of
that caption, so it inherits the caption's mistakes (a jumpsuit told as "tank top" and "pants", an inner T-shirt told
as the garment, a color question answered "pure color"). The VQA fallback names hues, but it never learned to stop:
it loops, runs into its own "Question: ... Answer:" format, or runs to the limit; now and then it stops early with a
short answer (OPT's end-of-document token). Each case's comment says which texts are fallbacks.
Labeling conventions and judgement calls: nearly every caption runs to 50 tokens; a caption that ends mid-sentence
is labelled cut even when it also invents an accessory, and one that repeats a sentence is labelled loop; a caption
that happens to end on a full stop at the limit is judged on its content (hit_limit=True, unmarked when right).
Span answers are never hit_limit; a span that stops where the caption was cut ("The dress is of three") is cut.
"pure color", "floral" or "color block" as the answer to a color question is a non_answer, as is the fabric "other"
and "The lady". A garment named as a shirt, T-shirt, tank top, skirt or shorts for a dress, jumpsuit or playsuit is a
contradiction, and so is a sleeve, pattern or fabric that belongs to the inner tee, or a fabric the title contradicts
(satin, velvet, denim). "rompers" for a jumpsuit is left unmarked (the In-shop class is romper/jumpsuit). An accessory
or prop given as the garment's details is a contradiction when it is in the photo and unsupported when it is not (a
wrist accessory on a flat lay). A fallback color that is really the jacket's, tee's, belt's or clutch's is
other_garment_color; a loop whose first word is right is still a loop. Calling a child "the lady" is left unmarked;
"his"/"he" for a woman or girl is pronoun. Material guesses (cotton for a rayon-looking dress, chiffon for georgette)
are left unmarked unless the title or the photo says otherwise. "What is she wearing?" answered with only the inner
T-shirt is true of the photo and left unmarked; the wrong-garment answers to the type question carry the failure.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1523 = [
    # Photo: model in a black sleeveless knee-length fit-and-flare dress, round neck, nude heels, stud earrings, no
    # ring or bracelet. Caption: caption adapter (cut, invents a ring). wearing, pattern, sleeves, material: spans.
    # color of the dress: no span, VQA fallback (loop).
    case(
        "X1523-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium short length. This lady wears a ring. There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy georgette maxi with small white and pink flowers, flutter sleeves, V-neck, tie waist; a thin
    # bracelet and a ring. Caption: caption adapter, ran to the limit and ended on a full stop, right. Spans: wearing,
    # pattern, details, material. color of the dress: VQA fallback, stopped early, right.
    case(
        "X1523-002",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of("dress", "navy blue", kind="open"),
        Q.pattern("floral"),
        details("dress", "v-shape neckline"),
        Q.material("chiffon"),
        gender="Women",
        title="Tokyo Talkies Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: mustard long-sleeved wrap midi dress, white sneakers, tan sling bag on the shoulder, nothing on the
    # wrists. Caption: caption adapter (cut; invents a wrist accessory). Spans: wearing, color ("pure color"),
    # sleeves, details (the invented accessory). Is this a dress: no span, VQA fallback (loop).
    case(
        "X1523-003",
        caption(
            "The female is wearing a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a v-shape neckline. The dress is of three-quarter length. There is an accessory on her wrist. This "
            "female wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="DressBerry Women Mustard Yellow Solid Wrap Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: olive cotton-twill utility jumpsuit, short rolled sleeves, shirt collar, button front, waist belt, white
    # sneakers. Caption: caption adapter, splits it into a shirt and pants (cut). Spans: wearing, type, sleeves,
    # material, details. color of the jumpsuit: VQA fallback, stopped early, right.
    case(
        "X1523-004",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        color_of("jumpsuit", "olive", kind="open"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        details("jumpsuit", "lapel neckline"),
        gender="Women",
        title="Mast & Harbour Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: girl of about six in a pink sleeveless cotton dress with small white flowers and a frilled hem, white
    # sandals, a hair clip, no hat. Caption: caption adapter (cut; the hat is invented). Spans: wearing, pattern,
    # material, details (the hat). color: VQA fallback, stopped early, right.
    case(
        "X1523-005",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium short length. This lady wears a hat. There is an accessory on her wrist. "
            "This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns", who="the girl"),
        Q.color("pink"),
        Q.pattern("floral"),
        Q.material("cotton"),
        details("dress", "This lady wears a hat", "unsupported"),
        gender="Girls",
        title="Cutiekins Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: black off-shoulder bodycon mini with red roses and long fitted sleeves, black heels, hoop earrings.
    # Caption: caption adapter (loops on the wrist sentence). Spans: wearing, material ("other"), sleeves, details
    # (straps that are not there). color of the dress: VQA fallback, stopped early, right.
    case(
        "X1523-006",
        caption(
            "The female is wearing a long-sleeve dress with floral patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of medium short length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        color_of("dress", "black and red", kind="open"),
        Q.material("other", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "suspenders neckline", "unsupported"),
        gender="Women",
        title="Athena Women Black & Red Floral Print Off-Shoulder Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: light-blue denim pinafore dress over a white short-sleeved tee, white sneakers. Caption: caption adapter,
    # describes the tee and calls the pinafore a skirt (cut). Spans: wearing (the tee: true of the photo), type, sleeves
    # and material (the tee's). color of the dress: VQA fallback, the tee's white, stopped early.
    case(
        "X1523-007",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a medium short skirt. The skirt is with denim fabric and pure color "
            "patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="she"),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Washed Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: white cotton schiffli midi, short puff sleeves, square neck, brown sandals, straw bag; bare wrists, no
    # ring. Caption: caption adapter, ended on a full stop at the limit but invents the wrist accessory and ring.
    # All answers are spans.
    case(
        "X1523-008",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The dress is of three-quarter length. There is an accessory on her wrist. This lady "
            "wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        Q.color("pure color", "non_answer"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("dress", "square neckline"),
        gender="Women",
        title="Vero Moda Women White Self-Design Schiffli A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: maroon sleeveless crepe culotte jumpsuit, V-neck, self tie belt, black block heels. Caption: caption
    # adapter, top and trousers (cut). Spans: wearing, sleeves, material ("other"). color of the jumpsuit and "Is this
    # a jumpsuit?": VQA fallbacks (the color one runs into the prompt format; the yes stopped early).
    case(
        "X1523-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a v-shape neckline. The trousers this lady wears is of three-quarter length. The trousers are with other "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction", who="she"),
        is_a("jumpsuit", "yes"),
        color_of(
            "jumpsuit",
            "maroon Question: What is the color of the belt? Answer: maroon Question: What is the color of the shoes? "
            "Answer: black Question",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="HERE&NOW Women Maroon Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
    ),
    # Photo: peach linen-look playsuit, short flutter sleeves, round neck with keyhole, drawstring waist, shorts, a
    # watch, white sneakers. Caption: caption adapter, stopped by itself, right. Spans: wearing, type, sleeves,
    # details. color: VQA fallback, stopped early, right.
    case(
        "X1523-010",
        caption(
            "The lady wears a short-sleeve rompers with pure color patterns. The rompers is with cotton fabric. It has "
            "a round neckline. The rompers is of three-point length. There is an accessory on her wrist."
        ),
        wearing("a short-sleeve rompers with pure color patterns", who="she"),
        Q.garment_type("rompers"),
        Q.color("peach"),
        Q.sleeve_length("short-sleeve"),
        details("playsuit", "round neckline"),
        gender="Women",
        title="Sera Women Peach Solid Playsuit",
        category="Playsuit",
        color="Peach",
    ),
    # Photo: girl in a navy-and-white horizontally striped sleeveless cotton jumpsuit, ankle length, white sneakers.
    # Caption: caption adapter, tank top and pants (cut). Spans: wearing, pattern, type. color of the jumpsuit and
    # "Is this a jumpsuit?": VQA fallbacks, stopped early (the "no" is wrong).
    case(
        "X1523-011",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with cotton fabric and striped "
            "patterns. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with striped patterns", "contradiction", who="the girl"),
        color_of("jumpsuit", "blue and white", kind="open"),
        Q.pattern("striped"),
        Q.garment_type("tank top", "contradiction"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Girls",
        title="YK Girls Navy Blue & White Striped Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: green rayon A-line ethnic dress with gold foil print, three-quarter sleeves, mandarin collar; jhumkas,
    # bangles, a ring, juttis. Caption: caption adapter (cut). Spans: wearing, pattern, sleeves, material, details.
    # color: VQA fallback (loop).
    case(
        "X1523-012",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "stand-up neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        Q.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("cotton"),
        details("dress", "stand-up neckline"),
        gender="Women",
        title="Libas Women Green & Gold-Toned Printed A-Line Ethnic Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: black ribbed-knit long-sleeved bodycon midi, crew neck, black ankle boots, a blue denim jacket over the
    # shoulders. Caption: caption adapter (cut in the middle of the length sentence). Spans: wearing, material,
    # sleeves, description, details (stops where the caption was cut). color of the dress: VQA fallback, the jacket's.
    case(
        "X1523-013",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitting fabric. It has a "
            "round neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. The "
            "dress is of three",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        Q.material("knitting"),
        Q.sleeve_length("long-sleeve"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        details("dress", "The dress is of three", "cut"),
        gender="Women",
        title="ONLY Women Black Solid Ribbed Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: tiered maxi, white ground with red, yellow and blue flowers, sleeveless with thin straps, brown sandals,
    # a straw hat on her head. Caption: caption adapter, a tank top and a skirt (cut). Spans: wearing, type, pattern,
    # sleeves, material. color: VQA fallback (loop on the ground color).
    case(
        "X1523-014",
        caption(
            "Her tank top has no sleeves, chiffon fabric and floral patterns. It has a suspenders neckline. The skirt "
            "this lady wears is of long length. The skirt is with chiffon fabric and floral patterns. There is a hat "
            "on her",
            "cut",
            hit_limit=True,
        ),
        wearing("tank top", "contradiction", who="she"),
        Q.garment_type("skirt", "contradiction"),
        Q.color(
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("no sleeves"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Multicoloured Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: navy crepe sheath dress, cap sleeves, round neck, knee length, nude pumps. Caption: caption adapter,
    # stopped by itself, right. All answers are spans.
    case(
        "X1523-015",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium short length."
        ),
        wearing("a short-sleeve dress with pure color patterns", who="she"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.material("other", "non_answer"),
        describe("dress", "short-sleeve dress with pure color patterns"),
        details("dress", "round neckline"),
        gender="Women",
        title="AND Women Navy Blue Solid Sheath Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: rust shirt dress, long sleeves rolled to the elbow, collar, button front, self belt, knee length, white
    # sneakers, sunglasses pushed up on her head. Caption: caption adapter, calls it a shirt (cut). Spans: wearing,
    # sleeves, details (the belt is the dress's own). color and "Is this a dress?": VQA fallbacks, stopped early.
    case(
        "X1523-016",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This lady wears a belt. The lady wears a pair of glasses. The shirt is of medium short",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction", who="she"),
        color_of("dress", "orange", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "This lady wears a belt"),
        is_a("dress", "no", "contradiction"),
        gender="Women",
        title="Harpa Women Rust Orange Solid Shirt Dress with Belt",
        category="Dresses",
        color="Rust",
    ),
    # Photo: lavender smocked playsuit, short puff sleeves, square neck, shorts, white sneakers. Caption: caption
    # adapter (loops on the length sentence). Spans: wearing, pattern, sleeves, material. color: VQA fallback,
    # stopped early, right.
    case(
        "X1523-017",
        caption(
            "The lady wears a short-sleeve rompers with pure color patterns. The rompers is with cotton fabric. It has "
            "a square neckline. The rompers is of three-point length. The rompers is of three-point length. The "
            "rompers is of",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve rompers with pure color patterns", who="she"),
        Q.color("purple"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Lavender Solid Smocked Playsuit",
        category="Playsuit",
        color="Lavender",
    ),
    # Photo: girl in a yellow net party dress, sequinned sleeveless bodice, layered tulle skirt, satin bow at the
    # waist, silver ballerinas, a headband. Caption: caption adapter (cut; hat and wrist accessory invented). Spans:
    # wearing, material. color, details and "Is this a dress?": VQA fallbacks (two loops; the yes stopped early).
    case(
        "X1523-018",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of medium short length. This lady wears a belt. This lady wears a hat. There "
            "is an accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="the girl"),
        color_of(
            "dress",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.material("chiffon"),
        details(
            "dress",
            "the dress has a bow on the front and a bow on the back and a bow on the back and a bow on the back and",
            "loop",
            hit_limit=True,
        ),
        is_a("dress", "yes"),
        gender="Girls",
        title="Pantaloons Junior Girls Yellow Embellished Net Fit and Flare Party Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: black-and-white gingham shirt dress, short sleeves, collar, button front, tie belt, knee length, black
    # mules, a watch. Caption: caption adapter (cut). Spans: pattern, sleeves, description, material, details.
    # color: VQA fallback, stopped early, right.
    case(
        "X1523-019",
        caption(
            "The lady wears a short-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. The dress is of medium short length. This lady wears a belt. There is an accessory on her "
            "wrist. This lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.color("black and white"),
        Q.sleeve_length("short-sleeve"),
        describe("dress", "short-sleeve dress with lattice patterns"),
        Q.material("cotton"),
        details("dress", "lapel neckline"),
        gender="Women",
        title="Mast & Harbour Women Black & White Checked Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: teal satin wrap midi, long sleeves, V-neck, a high slit, gold heels, a ring and a bracelet. Caption:
    # caption adapter (cut). Spans: material (chiffon, the title says satin), color ("pure color"), sleeves, wearing.
    # details: VQA fallback (loop).
    case(
        "X1523-020",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. This lady wears a ring. There is an accessory on her "
            "wrist. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long-sleeve"),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        details(
            "dress",
            "the dress has a slit on the side and a slit on the side and a slit on the side and a slit on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="FabAlley Women Teal Blue Satin Wrap Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: flat lay on white: a white sleeveless cotton dress with a small blue anchor print, round neck. No person.
    # Caption: caption adapter (cut; wearer and accessories invented). Spans: wearing, pattern, material, details
    # (the invented wrist accessory). color: VQA fallback, stopped early, right. The feed has no category here.
    case(
        "X1523-021",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium short length. There is an accessory on her wrist. This lady wears a "
            "ring. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with graphic patterns", who="the girl"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.material("cotton"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        gender="Girls",
        title="Hopscotch Girls White & Blue Anchor Print Pure Cotton A-Line Dress",
        color="White",
    ),
    # Photo: beige linen-blend wide-leg jumpsuit, short kimono sleeves, wrap V-neck, tie belt, white sneakers, bare
    # wrists. Caption: caption adapter, ended on a full stop at the limit, invents the wrist accessory. Spans:
    # wearing, type, material, details. color of the jumpsuit: VQA fallback, stopped early, right.
    case(
        "X1523-022",
        caption(
            "The lady wears a short-sleeve rompers with pure color patterns. The rompers is with cotton fabric. It has "
            "a v-shape neckline. The rompers is of long length. This lady wears a belt. There is an accessory on her "
            "wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve rompers with pure color patterns", who="she"),
        Q.garment_type("rompers"),
        color_of("jumpsuit", "beige", kind="open"),
        Q.material("cotton"),
        details("jumpsuit", "There is an accessory on her wrist", "unsupported"),
        gender="Women",
        title="StyleStone Women Beige Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Photo: black sequinned mini bodycon with spaghetti straps, black heels, a silver clutch in her hand, a ring.
    # Caption: caption adapter (cut). Spans: wearing, material ("other"), details, pattern. color of the dress: VQA
    # fallback, the clutch's silver, stopped early.
    case(
        "X1523-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with other fabric. It has a "
            "suspenders neckline. The dress is of medium short length. There is an accessory on her wrist. This lady "
            "wears a ring. This lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        color_of("dress", "silver", "other_garment_color", kind="open"),
        Q.material("other", "non_answer"),
        details("dress", "suspenders neckline"),
        Q.pattern("pure color"),
        gender="Women",
        title="Rare Women Black Sequinned Bodycon Mini Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view only: coral tiered sleeveless midi with a tie-up back; the neckline is not visible. Caption:
    # caption adapter (loop). Spans: wearing, details (a front neckline the photo cannot show), sleeves, pattern.
    # color: VQA fallback, stopped early, right enough for coral.
    case(
        "X1523-024",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "v-shape neckline. The dress is of three-quarter length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. There",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns", who="she"),
        details("dress", "v-shape neckline", "unsupported"),
        Q.color("pink"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        gender="Women",
        title="SASSAFRAS Women Coral Solid Tiered A-Line Midi Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: blue denim dungaree jumpsuit over a navy-and-white striped short-sleeved tee, white sneakers. Caption:
    # caption adapter, the tee and "pants" (cut). Spans: wearing (the tee), pattern and material (the tee's), type.
    # color of the jumpsuit and "Is this a jumpsuit?": VQA fallbacks, stopped early (white is the tee's).
    case(
        "X1523-025",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this lady wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with striped patterns", who="she"),
        Q.pattern("striped", "contradiction"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        Q.material("cotton", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: pink smocked fit-and-flare mini with small white flowers, puff sleeves, square neck, a pink handbag, a
    # ring. Caption: caption adapter (cut). Spans: wearing, pattern, description (just "dress"), sleeves. color of
    # the dress: VQA fallback (loop). The feed has no base colour here.
    case(
        "X1523-026",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square neckline. The dress is of medium short length. There is an accessory on her wrist. This lady "
            "wears a ring. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        describe("dress", "dress", "restated"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="DressBerry Women Pink Floral Print Smocked Fit & Flare Dress",
        category="Dresses",
    ),
    # Photo: olive sleeveless jumpsuit with a small white abstract print, V-neck, tapered legs, fabric belt, black
    # flats. Caption: caption adapter, a tank top and trousers; ended on a full stop at the limit. wearing: no span
    # (the caption has no "wears" for the top), VQA fallback with "he", stopped early. Spans: pattern, sleeves, type.
    # color of the jumpsuit: VQA fallback, stopped early, right.
    case(
        "X1523-027",
        caption(
            "Her tank top has no sleeves, other fabric and graphic patterns. It has a v-shape neckline. The trousers "
            "this lady wears is of long length. The trousers are with other fabric and graphic patterns. This lady "
            "wears a belt.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("he is wearing a green jumpsuit", "pronoun", who="she"),
        Q.pattern("graphic"),
        color_of("jumpsuit", "green", kind="open"),
        Q.sleeve_length("no sleeves"),
        Q.garment_type("tank top", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: indigo tiered maxi with white block print, three-quarter sleeves, round neck with tassels, oxidised
    # jhumkas and bangles. Caption: caption adapter (cut). Spans: wearing, pattern, sleeves. color and details: VQA
    # fallbacks (the color stopped early and is right; the details loop).
    case(
        "X1523-028",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is a neckwear on "
            "her",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress with graphic patterns", who="she"),
        Q.color("blue and white"),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        details(
            "dress",
            "the dress has a tassel on the front and a tassel on the back and a tassel on the back and a tassel on",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Global Desi Women Blue & White Block Print Tiered Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: red off-shoulder maxi with ruffled elbow-length sleeves and a thigh slit, gold heels, a ring. Caption:
    # caption adapter, says sleeveless, then loops on the ring. Spans: sleeves and wearing (sleeveless is wrong),
    # material. color of the dress and "Is this a dress?": VQA fallbacks (the color stopped early; the yes loops).
    case(
        "X1523-029",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. The dress "
            "is of long length. This lady wears a ring. This lady wears a ring. This lady wears a ring. This lady",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless", "contradiction"),
        wearing("a sleeveless dress with pure color patterns", "contradiction", who="she"),
        color_of("dress", "red", kind="open"),
        Q.material("chiffon"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Miss Chase Women Red Solid Off-Shoulder Ruffled Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: grey melange cotton T-shirt dress, short sleeves, crew neck, knee length, white sneakers, a black cap.
    # Caption: caption adapter, a T-shirt and a skirt (cut). Spans: wearing, type, material, details (the cap).
    # color: VQA fallback, stopped early, right.
    case(
        "X1523-030",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This lady wears a hat. The lady wears a medium short skirt. The skirt is with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", "contradiction", who="she"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("grey"),
        Q.material("cotton"),
        details("dress", "This lady wears a hat", "contradiction"),
        gender="Women",
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: girl with a short bob in a navy long-sleeved cotton dress with white dots and a Peter Pan collar, knee
    # length, white tights, navy shoes. Caption: caption adapter, "his" and "gentleman", shirt and skirt; stopped by
    # itself. wearing: no span, VQA fallback, stopped early, right. Spans: pattern, sleeves, type. color of the
    # dress: VQA fallback, black for navy.
    case(
        "X1523-031",
        caption(
            "His shirt has long sleeves, cotton fabric and graphic patterns. It has a lapel neckline. The skirt this "
            "gentleman wears is of medium short length. The skirt is with cotton fabric and graphic patterns.",
            "pronoun",
        ),
        wearing("a dress", who="the girl"),
        color_of("dress", "black", "contradiction", kind="open"),
        Q.pattern("graphic"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("shirt", "contradiction"),
        gender="Girls",
        title="Marks & Spencer Girls Navy Blue Polka Dot Print Pure Cotton Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: black playsuit with small red and yellow flowers, short sleeves, V-neck, tie waist, shorts, white
    # sneakers. Caption: caption adapter, a shirt and shorts (cut). Spans: wearing, type, pattern. color of the
    # playsuit and "Is this a playsuit?": VQA fallbacks (the color stopped early; the yes/no runs into the format).
    case(
        "X1523-032",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a three-point shorts. The shorts are with chiffon fabric and floral "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns", "contradiction", who="she"),
        Q.garment_type("shorts", "contradiction"),
        color_of("playsuit", "black and red", kind="open"),
        Q.pattern("floral"),
        is_a(
            "playsuit",
            "Question: Is this a playsuit? Answer: no Question: Is this a playsuit? Answer: no Question: Is",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Black Floral Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: burgundy velvet bodycon mini, long sleeves, square neck, black opaque tights, black boots, nothing on the
    # wrists. Caption: caption adapter (cut mid-word). Spans: material ("furry" for velvet), sleeves, details,
    # wearing. color of the dress: VQA fallback, stopped early, right.
    case(
        "X1523-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "square neckline. The dress is of medium short length. This lady wears socks. There is an acc",
            "cut",
            hit_limit=True,
        ),
        Q.material("furry", "contradiction"),
        color_of("dress", "maroon", kind="open"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "square neckline"),
        wearing("a long-sleeve dress with pure color patterns", who="she"),
        gender="Women",
        title="Zink London Women Burgundy Velvet Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: girl in a yellow lemon-print sleeveless playsuit with ruffled shoulders, shorts, white sneakers, holding
    # a teddy bear. Caption: caption adapter (repeats the wrist sentence). Spans: wearing, pattern, sleeves. color
    # and details: VQA fallbacks, stopped early (the details name the teddy bear).
    case(
        "X1523-034",
        caption(
            "The lady wears a sleeveless rompers with graphic patterns. The rompers is with cotton fabric. It has a "
            "round neckline. The rompers is of three-point length. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless rompers with graphic patterns", who="the girl"),
        Q.color("yellow"),
        details("playsuit", "a teddy bear", "contradiction"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Naughty Ninos Girls Yellow Lemon Print Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
    # Photo: black halter-neck wide-leg jumpsuit, black heels, a gold clutch, a ring, a thin bracelet. Caption:
    # caption adapter (cut). Spans: wearing, material ("other"), details, sleeves. color of the jumpsuit and "Is this
    # a jumpsuit?": VQA fallbacks, stopped early, right.
    case(
        "X1523-035",
        caption(
            "The lady wears a sleeveless rompers with pure color patterns. The rompers is with other fabric. It has a "
            "suspenders neckline. The rompers is of long length. This lady wears a ring. There is an accessory on her "
            "wrist. This lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless rompers with pure color patterns", who="she"),
        color_of("jumpsuit", "black", kind="open"),
        Q.material("other", "non_answer"),
        is_a("jumpsuit", "yes"),
        details("jumpsuit", "suspenders neckline"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Women Black Solid Halter Neck Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: mustard A-line midi with green leaf-and-flower print, short sleeves, V-neck, white sneakers, a watch and
    # a ring. Caption: caption adapter (cut). All answers are spans; the color one is "floral". The feed has no gender.
    case(
        "X1523-036",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of three-quarter length. There is an accessory on her wrist. This lady "
            "wears a ring. The",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "floral", "non_answer", kind="open"),
        Q.pattern("floral"),
        wearing("a short-sleeve dress with floral patterns", who="she"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        details("dress", "v-shape neckline"),
        title="Sera Women Mustard Yellow & Green Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: black fit-and-flare dress with white polka dots, cap sleeves, sweetheart neck, a red belt (sold with
    # it), red heels, a watch. Caption: caption adapter, ended on a full stop at the limit, right. Spans: pattern,
    # details, wearing, material ("other"). color of the dress: VQA fallback, the belt's red, stopped early.
    case(
        "X1523-037",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with other fabric. It has a "
            "v-shape neckline. This lady wears a belt. The dress is of medium short length. There is an accessory on "
            "her wrist.",
            hit_limit=True,
        ),
        color_of("dress", "red", "other_garment_color", kind="open"),
        Q.pattern("graphic"),
        details("dress", "This lady wears a belt"),
        wearing("a short-sleeve dress with graphic patterns", who="she"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="StyleStone Women Black & White Polka Dot Print Fit and Flare Dress with Belt",
        category="Dresses",
        color="Black",
    ),
    # Photo: blue-and-white vertically striped shirt dress, long sleeves, collar, button front, self belt, knee
    # length, sunglasses on. Caption: caption adapter, a shirt (cut). Spans: wearing, pattern, type, sleeves. color:
    # VQA fallback (loop).
    case(
        "X1523-038",
        caption(
            "The lady wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a lapel "
            "neckline. This lady wears a belt. The lady wears a pair of glasses. The shirt is of medium short length. "
            "There",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with striped patterns", "contradiction", who="she"),
        Q.pattern("striped"),
        Q.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        gender="Women",
        title="H&M Women Blue & White Striped Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: peach georgette Anarkali maxi, gold embroidery on the yoke, long sheer sleeves, round neck, jhumkas, a
    # ring, bangles. Caption: caption adapter (loops on the ring). All answers are spans; the color one is
    # "pure color".
    case(
        "X1523-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a ring. "
            "This lady wears a ring",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        details("dress", "round neckline"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        Q.material("chiffon"),
        gender="Women",
        title="Anouk Women Peach-Coloured Embroidered Georgette Anarkali Maxi Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: girl in a maroon velvet party dress, long sleeves, round neck, flared knee length, gold sequin bow at the
    # waist, black shoes. Caption: caption adapter (cut; the wrist accessory is invented). Spans: wearing, material
    # ("other"), sleeves. color and details: VQA fallbacks (the color stopped early; the details run into the format).
    case(
        "X1523-040",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The dress is of medium short length. This lady wears a belt. There is an accessory on her "
            "wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress with pure color patterns", who="the girl"),
        color_of("dress", "maroon and gold", kind="open"),
        Q.material("other", "non_answer"),
        details(
            "dress",
            "the dress is made of velvet and has a gold bow at the waist. Question: What is the color of the bow? "
            "Answer: gold Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        gender="Girls",
        title="Peppermint Girls Maroon Solid Velvet Fit and Flare Party Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: rust one-shoulder jumpsuit with a ruffle on the shoulder, wide legs, tan heels. Caption: caption adapter,
    # a tank top and pants, stopped by itself. Spans: type, pattern, sleeves. color and details: VQA fallbacks (the
    # color loops; the details run to the limit and invent a pocket).
    case(
        "X1523-041",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with other fabric. It has "
            "a suspenders neckline. The pants this lady wears is of long length. The pants are with other fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        Q.garment_type("tank top", "contradiction"),
        color_of(
            "jumpsuit",
            "orange and brown and orange and brown and orange and brown and orange and brown and orange and brown and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        details(
            "jumpsuit",
            "the jumpsuit has a one shoulder neckline with a ruffle detail on the shoulder and wide legs with a side "
            "pocket and a",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women Rust Solid One-Shoulder Ruffled Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: emerald satin slip midi, spaghetti straps, cowl neck, gold strappy heels, a bracelet and a ring.
    # Caption: caption adapter (cut). Spans: material (cotton, the title says satin), wearing ("The lady"), details.
    # color and "Is this a dress?": VQA fallbacks, stopped early, right.
    case(
        "X1523-042",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "suspenders neckline. The dress is of three-quarter length. There is an accessory on her wrist. This lady "
            "wears a ring. This lady",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.color("green"),
        wearing("The lady", "non_answer", who="she"),
        details("dress", "suspenders neckline"),
        is_a("dress", "yes"),
        gender="Women",
        title="Trendyol Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: pink-and-blue tie-dye cotton maxi, sleeveless, round neck, flat sandals, bare wrists. Caption: caption
    # adapter (repeats the wrist sentence). Spans: pattern ("color block" for large tie-dye patches, left unmarked),
    # color ("color block"), wearing, sleeves, material. The feed has no base colour here.
    case(
        "X1523-043",
        caption(
            "The lady wears a sleeveless dress with color block patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of long length. There is an accessory on her wrist. There is an accessory on "
            "her wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("color block"),
        Q.color("color block", "non_answer"),
        wearing("a sleeveless dress with color block patterns", who="she"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="KASSUALLY Women Pink & Blue Tie-Dye Pure Cotton Maxi Dress",
        category="Dresses",
    ),
    # Photo: back view: white culotte jumpsuit, sleeveless, a V cut-out at the back with a tie belt, white sneakers.
    # Caption: caption adapter (loops on the belt). Spans: wearing, details, pattern. color of the jumpsuit and "Is
    # this a jumpsuit?": VQA fallbacks, stopped early (the "no" is wrong).
    case(
        "X1523-044",
        caption(
            "The lady wears a sleeveless rompers with pure color patterns. The rompers is with cotton fabric. It has a "
            "v-shape neckline. The rompers is of three-quarter length. This lady wears a belt. This lady wears a belt. "
            "This lady wears",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless rompers with pure color patterns", who="she"),
        color_of("jumpsuit", "white", kind="open"),
        details("jumpsuit", "This lady wears a belt"),
        Q.pattern("pure color"),
        is_a("jumpsuit", "no", "contradiction"),
        gender="Women",
        title="Marks & Spencer Women White Solid Culotte Jumpsuit with Tie-Up Back",
        category="Jumpsuit",
        color="White",
    ),
    # Photo: black maxi with pink flowers, long sleeves, V-neck, a tan sling bag, a bracelet, a ring. Caption:
    # caption adapter (cut). Spans: description (just "The dress"), pattern, sleeves, wearing. color of the dress:
    # VQA fallback, stopped early, right.
    case(
        "X1523-045",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The dress is of long length. There is an accessory on her wrist. This lady wears a "
            "ring. The lady",
            "cut",
            hit_limit=True,
        ),
        describe("dress", "The dress", "restated"),
        color_of("dress", "black and pink", kind="open"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        wearing("a long-sleeve dress with floral patterns", who="she"),
        gender="Women",
        title="Harpa Women Black Floral Print Maxi Dress",
        category="Dresses",
        color="Black",
    ),
]
