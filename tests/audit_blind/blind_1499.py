"""BLIND_1499 (45 products; Myntra girls' and women's dresses, jumpsuits and playsuits, epoch-1 caption adapter with
extractive answers and a VQA fallback): written blind in the sixty-fifth session. Measured blind at b413ca7 (the
session's fifth rules): 109/129 failures found (84.5%) and 7/135 correct texts flagged (5.2%). The writer's notes,
verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra writes them: Navy Blue, Mustard, Off White, Rust, Coral...). Photos are the usual
catalog shots: a model on a plain white, grey or beige backdrop wearing the product with shoes, now and then a jacket,
a blazer or a tee under a pinafore or slip dress; two flat lays, two back views, props (a straw hat, a handbag, a
balloon). The feed leaves gender or colour out on two rows. Each product got a caption from the epoch-1 caption
adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch on blip2-opt-2.7b, greedy, 50 new tokens) and 4 to 6
questions answered by timpal0l/mdeberta-v3-base-squad2 over that caption; when the QA model returned no span the
question went to the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, `Question: ... Answer:`, 30 new tokens).
Who wrote what: the caption is always the caption adapter's. It speaks only the DeepFashion-MultiModal template:
"The lady wears a <sleeve> <garment> with <pattern> patterns. The <garment> is with <fabric> fabric. It has a <neck>
neckline." It knows no hue names and no jumpsuit or playsuit, so a jumpsuit comes out as a tank top or shirt plus
trousers, a playsuit as a shirt plus short pants, and a dress worn with a jacket or over a tee is captioned as the
outer layer. Most captions run on to the 50-token limit (cut mid-sentence, or restarting the template); about a
third stop by themselves after a full sentence. Answers that are spans of the caption (wearing, garment type,
pattern, sleeve length, material, most details) are short and clean and inherit the caption's errors. The colour
question usually finds no span (or finds "pure color", "floral", "lattice", "striped", which the QA model takes for
a colour), so most colours come from the VQA adapter: sometimes a clean word, often the word looped to the limit
or the answer followed by the prompt again. Yes/no garment questions and a few describe/details questions also fell
back to the VQA adapter (noted on each case).
Labeling conventions and judgement calls: one label per text. A caption that misnames the product (tank top and
trousers for a jumpsuit, sweater and skirt for a dress, the jacket or tee for the dress) is labelled contradiction
even when it is also cut, since the misnaming is what a reader would act on; a caption that names the product right
but runs to the limit is cut, or loop when it restarts its template; "The gentleman"/"His" for a woman or girl is
pronoun. Spans that repeat a misnamed garment, and sleeve length or material spans that belong to the jacket or tee
rather than the product, are contradiction; a fabric span that the title contradicts (chiffon for satin, furry for
velvet, cotton for denim, chiffon for net or lace) is contradiction; a fabric the photo plainly contradicts with the
title silent, or accessories the photo does not show (a wrist accessory on a flat lay, a ring nobody wears), is
unsupported; a plausible fabric the photo cannot settle (cotton for a matte crepe-like jumpsuit) is left correct.
A pattern word or "pure color" returned as the colour, and "other" as the material, are non_answer. A colour of the
blazer, jacket, tee, boots or handbag given for the product is other_garment_color; near hues (purple for lavender,
orange for coral, pink for mauve, red for burgundy inside a loop) count as right, and a looped colour is labelled
loop whatever the colour; the colour followed by the re-emitted prompt is leak. "yes"/"no" from the VQA adapter is
judged against the photo; "the jumpsuit is a jumpsuit" and "a playsuit" for a describe/details question are
restated. hit_limit is set on every text I imagine running to its token limit, cut or looped, and on nothing else.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, describe, details, is_a, wearing

BLIND_1499 = [
    # Photo: woman on a grey backdrop, black midi A-line dress with small white flowers, short flutter sleeves, V-neck,
    # white sneakers. Caption: epoch-1 adapter, restarts its template and hits the limit. Wearing, type, colour (the
    # QA model took "floral"), pattern, sleeves, material: mdeberta spans of the caption.
    case(
        "X1499-001",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a short-sleeve dress with floral patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("chiffon"),
        gender="Women",
        title="Berrylush Women Black Floral Print A-Line Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: girl of about eight on white, pink sleeveless party dress, sequinned bodice, layered tulle net skirt to the
    # knee, silver shoes. Caption: epoch-1 adapter, cut at the limit. Answers: mdeberta spans; material "chiffon" for
    # visible tulle net (title silent on fabric).
    case(
        "X1499-002",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The lady wears a long skirt with pure color patterns. The skirt is with chiffon "
            "fabric. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress", who="the girl"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("chiffon", "unsupported"),
        gender="Girls",
        title="Cutecumber Girls Pink Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: woman on white, navy sleeveless wide-leg jumpsuit with a fabric tie belt, tan heels. Caption: epoch-1
    # adapter, tank top + trousers, cut. Wearing, type, material: spans. Colour: no span, VQA adapter looped
    # "navy blue". "Is this a jumpsuit?": no span, VQA adapter "yes".
    case(
        "X1499-003",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue "
            "navy blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        Q.material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Navy Blue Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Photo: woman on beige, mustard ribbed-knit bodycon mini dress, long sleeves, round neck, black ankle boots.
    # Caption: epoch-1 adapter, sweater + skirt, stopped by itself. Spans for wearing, type, sleeves, material; colour
    # from the VQA adapter, looped.
    case(
        "X1499-004",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a round neckline. The lady wears a short skirt with pure color patterns. The skirt is with "
            "knitted fabric.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        Q.garment_type("sweater", "contradiction"),
        Q.color(
            "mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard mustard "
            "mustard mustard mustard",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.material("knitted"),
        gender="Women",
        title="Tokyo Talkies Women Mustard Yellow Solid Bodycon Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Photo: girl on white holding a straw hat by her side, yellow cotton dress with tiny white daisies, short puff
    # sleeves, round neck, knee length. Caption: epoch-1 adapter, "wears a hat" (she holds it), restarts the template.
    # Colour: VQA adapter "yellow", stopped. The rest: spans.
    case(
        "X1499-005",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lady wears a hat. The lady wears a short-sleeve dress with floral patterns. The "
            "dress is",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress", who="the girl"),
        Q.color("yellow"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("dress", "a round neckline"),
        gender="Girls",
        title="U&F Girls Yellow Printed Fit & Flare Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: woman on grey, olive short-sleeve collared playsuit, button front, waist tie, shorts, white sneakers.
    # Caption: epoch-1 adapter, shirt + short pants, cut. Colour: VQA adapter, answer then the prompt again.
    # "Is this a playsuit?": VQA adapter "no".
    case(
        "X1499-006",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            "Olive Question: What is the color of the garment? Answer: Olive Question: What is the color of the "
            "garment? Answer: Olive Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        is_a("playsuit", "no", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Playsuit",
        category="Playsuit",
        color="Olive",
    ),
    # Photo: woman on white, maroon sleeveless square-neck sheath dress to the knee, a black blazer worn open over it.
    # Caption: epoch-1 adapter describes the blazer as the garment and the dress as a skirt, cut. Wearing, type,
    # sleeves, pattern: spans (the blazer's). Colour: VQA adapter "black" (the blazer), stopped.
    case(
        "X1499-007",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It "
            "has a lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        gender="Women",
        title="AND Women Maroon Solid Sheath Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Photo: girl on white, navy and white horizontal-striped jersey dress, short sleeves, round neck, red sneakers.
    # Caption: epoch-1 adapter, stopped after three sentences, right. Colour: VQA adapter, vendor-style colour looped.
    case(
        "X1499-008",
        caption(
            "This lady wears a short-sleeve dress with striped patterns. The dress is with cotton fabric. It has a "
            "round neckline."
        ),
        wearing("a short-sleeve dress"),
        Q.color(
            "navy-white navy-white navy-white navy-white navy-white navy-white navy-white navy-white navy-white "
            "navy-white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        gender="Girls",
        title="Gini and Jony Girls Navy Blue Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: woman on white, black sleeveless V-neck culotte jumpsuit with a gold-buckle belt. Caption: epoch-1 adapter
    # calls it a dress, stopped by itself. Colour, "Is this a jumpsuit?" and the description: VQA adapter (no span).
    case(
        "X1499-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. There is a belt.",
            "contradiction",
        ),
        wearing("a sleeveless dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        is_a("jumpsuit", "yes"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        describe(
            "jumpsuit",
            "black jumpsuit Question: Describe the jumpsuit. Answer: black jumpsuit Question: Describe the "
            "jumpsuit. Answer: black jumpsuit Question:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Black Solid Culotte Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: woman on beige, tiered maxi dress with an abstract print in rust, teal and cream, three-quarter sleeves,
    # V-neck, flat sandals. Caption: epoch-1 adapter, restarts. Colour: VQA adapter, looped "orange". Rest: spans.
    case(
        "X1499-010",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The lower clothing is of long length. The lady wears a medium-sleeve dress with "
            "graphic",
            "loop",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress"),
        Q.color(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("medium-sleeve"),
        describe("dress", "a medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="Sassafras Women Multicoloured Printed Tiered Maxi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: girl on white, red velvet long-sleeve dress with a white lace collar, black tights, black shoes. Caption:
    # epoch-1 adapter, "furry" fabric, restarts. Answers: spans ("pure color" for the colour).
    case(
        "X1499-011",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with furry fabric. It has a "
            "round neckline. The person wears socks in shoes. The lady wears a long-sleeve dress with pure color "
            "patterns.",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.material("furry", "contradiction"),
        details("dress", "a round neckline"),
        gender="Girls",
        title="Hopscotch Girls Red Velvet Party Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: woman on white, white cotton shirt dress, short rolled sleeves, collar, button front, brown belt, above the
    # knee. Caption: epoch-1 adapter, shirt + short skirt, cut. Colour: VQA adapter "white". Rest: spans.
    case(
        "X1499-012",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color "
            "patterns. There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women White Solid Shirt Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: woman on grey, green wrap midi dress with white flowers, long balloon sleeves, V-neck. Caption: epoch-1
    # adapter, stopped, right. Answers: spans; the QA model took "floral" for the colour.
    case(
        "X1499-013",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline."
        ),
        wearing("a long-sleeve dress"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        describe("dress", "a long-sleeve dress with floral patterns"),
        gender="Women",
        title="KASSUALLY Women Green Floral Print Wrap Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: woman on white, mid-blue denim dungaree-style jumpsuit with straps over a white short-sleeve tee, white
    # sneakers. Caption: epoch-1 adapter, the tee + trousers, cut. Wearing, sleeves, material (first fabric: the tee's):
    # spans. Colour and "Is this a jumpsuit?": VQA adapter; "white" is the tee.
    case(
        "X1499-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure "
            "color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton", "contradiction"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: flat lay on white, peach sleeveless playsuit with ruffled shoulders and a tiny white heart print, shorts.
    # Caption: epoch-1 adapter, a "lady" in a tank top and short pants, cut. Colour: VQA adapter, looped "pink".
    case(
        "X1499-015",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a short pants. The pants are with cotton fabric and graphic "
            "patterns. There is an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        gender="Girls",
        title="Cherry Crumble Girls Peach Printed Playsuit",
        category="Playsuit",
        color="Peach",
    ),
    # Photo: woman on white holding a red handbag, black sleeveless round-neck bodycon mini dress, no bracelet, no ring.
    # Caption: epoch-1 adapter, stopped, invents a wrist accessory and a ring. Colour: VQA adapter "red" (the bag),
    # stopped. Details: the span about the wrist.
    case(
        "X1499-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. The person wears a ring.",
            "unsupported",
        ),
        wearing("a sleeveless dress"),
        Q.color("red", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "an accessory on her wrist", "unsupported"),
        Q.material("cotton"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: woman on white, blue and white gingham shirt dress, long sleeves, collar, belt, midi, a watch on her wrist.
    # Caption: epoch-1 adapter, stopped, right. Answers: spans; "lattice" taken for the colour.
    case(
        "X1499-017",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric. It has a "
            "lapel neckline. There is a belt. There is an accessory on her wrist."
        ),
        wearing("a long-sleeve dress"),
        Q.color("lattice", "non_answer"),
        Q.pattern("lattice"),
        Q.sleeve_length("long-sleeve"),
        Q.material("cotton"),
        gender="Women",
        title="Vero Moda Women Blue Checked Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: girl with a short bob on white, lavender short-sleeve round-neck fit-and-flare dress, white shoes.
    # Caption: epoch-1 adapter, "gentleman", shirt + pants, cut. Colour: VQA adapter "purple". Rest: spans.
    case(
        "X1499-018",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a medium short pants. The pants are with cotton fabric "
            "and pure color patterns. His",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("purple"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="YK Girls Lavender Solid Fit and Flare Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: woman on white, rust crepe jumpsuit, short flutter sleeves, V-neck, culotte legs, self belt. Caption:
    # epoch-1 adapter, dress + pants, cut. Colour, "Is this a jumpsuit?", description: VQA adapter (no span).
    case(
        "X1499-019",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a v-shape neckline. The lady wears a three-quarter pants. The pants are with chiffon fabric and "
            "pure color patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress", "contradiction"),
        Q.color(
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            hit_limit=True,
        ),
        is_a("jumpsuit", "no", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        describe(
            "jumpsuit",
            "the jumpsuit is a short sleeve jumpsuit with a v-neck and a belt at the waist. the jumpsuit is made "
            "of a light weight fabric and has",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="StyleStone Women Rust Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: woman on white, off-white cotton dress with tone-on-tone chikankari embroidery, three-quarter sleeves,
    # round neck with a keyhole, calf length, juttis. Caption: epoch-1 adapter, stopped, right. Colour: VQA "white".
    case(
        "X1499-020",
        caption(
            "The lady wears a medium-sleeve dress with pure color patterns. The dress is with cotton fabric. It "
            "has a round neckline. The lower clothing is of long length."
        ),
        wearing("a medium-sleeve dress"),
        Q.color("white"),
        Q.pattern("pure color"),
        Q.material("cotton"),
        details("dress", "a round neckline"),
        gender="Women",
        title="Libas Women Off-White Embroidered A-Line Dress",
        category="Dresses",
        color="Off White",
    ),
    # Photo: woman on grey, black playsuit with white polka dots, short puff sleeves, square neck, shorts, white
    # sneakers, a straw bag. Caption: epoch-1 adapter, shirt + short pants, stopped. Colour: VQA adapter, looped.
    case(
        "X1499-021",
        caption(
            "The lady wears a short-sleeve shirt with graphic patterns. The shirt is with chiffon fabric. It has a "
            "square neckline. The lady wears a short pants. The pants are with chiffon fabric and graphic "
            "patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color(
            "black and white black and white black and white black and white black and white black and white black "
            "and white black and white black and white black and white",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Besiva Women Black & White Polka Dot Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: girl on white holding a blue balloon, cream sleeveless dress with a pink and lilac unicorn print, no
    # bracelet. Caption: epoch-1 adapter, loops on the wrist accessory. Colour: VQA adapter "white" (the cream base).
    case(
        "X1499-022",
        caption(
            "The lady wears a sleeveless dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist. There is an accessory on her wrist. There is an "
            "accessory on her",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress", who="the girl"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Peppermint Girls Cream-Coloured Unicorn Print Fit and Flare Dress",
        category="Dresses",
        color="Multi",
    ),
    # Photo: woman on grey, teal satin wrap midi dress, long sleeves, V-neck. Caption: epoch-1 adapter, "chiffon",
    # restarts. Colour: VQA adapter "teal". Rest: spans.
    case(
        "X1499-023",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("teal"),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon", "contradiction"),
        gender="Women",
        title="Ketch Women Teal Satin Wrap Midi Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: woman on grey, white sleeveless round-neck jumpsuit, straight legs, thin black belt, black heels. Caption:
    # epoch-1 adapter, tank top + trousers, stopped. "Is this a jumpsuit?": VQA "yes". Rest: spans.
    case(
        "X1499-024",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a round neckline. The lady wears a long trousers.",
            "contradiction",
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a("jumpsuit", "yes"),
        gender="Women",
        title="FabAlley Women White Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="White",
    ),
    # Photo: girl on white, blue denim pinafore dress over a white long-sleeve tee, knee length. Caption: epoch-1
    # adapter, the tee + a skirt, cut. Colour: VQA "blue". Material and sleeves: spans, the tee's.
    case(
        "X1499-025",
        caption(
            "The lady wears a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt", "contradiction"),
        Q.color("blue"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("long-sleeve", "contradiction"),
        Q.pattern("pure color"),
        gender="Girls",
        title="Pepe Jeans Girls Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: back view, woman on white, pink sleeveless midi dress with ruffled straps and a tie-up back. Caption:
    # epoch-1 adapter, restarts. Answers: spans.
    case(
        "X1499-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a suspenders neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        details("dress", "a suspenders neckline"),
        gender="Women",
        title="SASSAFRAS Women Pink Self Design Fit and Flare Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: woman on a dark backdrop, burgundy sequinned long-sleeve bodycon mini dress, round neck, earrings, no ring.
    # Caption: epoch-1 adapter, "other fabric", restarts. Colour: VQA looped "red". Rest: spans.
    case(
        "X1499-027",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round neckline. The person wears a ring. The lady wears a long-sleeve dress with pure color patterns. "
            "The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.color(
            "red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red red",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("long-sleeve"),
        Q.material("other", "non_answer"),
        gender="Women",
        title="Selvia Women Burgundy Sequinned Bodycon Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: woman on beige holding a straw hat, yellow tiered maxi dress with small white and red flowers, sleeveless,
    # V-neck. Caption: epoch-1 adapter, cut. Colour and "Is this a dress?": VQA adapter, both stopped.
    case(
        "X1499-028",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lower clothing is of long length. The lady wears a hat. There is an accessory "
            "on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress"),
        Q.color("yellow"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        gender="Women",
        title="Berrylush Women Yellow Floral Printed Tiered Maxi Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: woman on white, green jumpsuit with a white leaf print, short sleeves, V-neck, tapered legs, tie belt.
    # Caption: epoch-1 adapter, shirt + trousers, cut. Details: VQA adapter (no span). Rest: spans.
    case(
        "X1499-029",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long trousers. The trousers are with chiffon fabric and floral "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        details("jumpsuit", "the jumpsuit is a jumpsuit", "restated"),
        gender="Women",
        title="Tokyo Talkies Women Green Printed Jumpsuit",
        category="Jumpsuit",
        color="Green",
    ),
    # Photo: girl on white, white lace sleeveless party dress, round neck, flared to the knee, pink satin sash, white
    # socks and shoes. Caption: epoch-1 adapter, stopped, but "chiffon" against the title's lace. Colour: VQA "white".
    case(
        "X1499-030",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. There is a belt. The person wears socks in shoes.",
            "contradiction",
        ),
        wearing("a sleeveless dress"),
        Q.color("white"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("sleeveless"),
        gender="Girls",
        title="Hopscotch Girls White Lace Party Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: woman on white, navy A-line cotton dress with white block-print motifs, three-quarter sleeves, round neck
    # with tassels, calf length, silver earrings. Caption: epoch-1 adapter, cut. Colour: VQA looped "blue".
    case(
        "X1499-031",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. The lower clothing is of long length. The fabric is cotton and it has graphic "
            "patterns. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("a medium-sleeve dress"),
        Q.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.material("cotton"),
        describe("dress", "a medium-sleeve dress with graphic patterns"),
        gender="Women",
        title="Anouk Women Navy Blue Ethnic Motifs Print A-Line Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: woman on grey, red off-shoulder ruffled playsuit with shorts, white sneakers. Caption: epoch-1 adapter,
    # tank top + short pants, restarts. Colour and "Is this a playsuit?": VQA adapter, both right.
    case(
        "X1499-032",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with chiffon fabric. "
            "The lady wears a short pants. The pants are with chiffon fabric and pure color patterns. The lady "
            "wears a sleeveless tank top with pure",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.garment_type("tank top", "contradiction"),
        Q.color("red"),
        Q.sleeve_length("sleeveless"),
        is_a("playsuit", "yes"),
        gender="Women",
        title="Athena Women Red Solid Off-Shoulder Playsuit",
        category="Playsuit",
        color="Red",
    ),
    # Photo: woman on white, grey melange jersey T-shirt dress to the knee, short sleeves, round neck, black sling bag,
    # white sneakers. Caption: epoch-1 adapter, T-shirt + skirt, stopped. Colour: VQA "grey". Rest: spans.
    case(
        "X1499-033",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a short skirt.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color("grey"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Roadster Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: flat lay on white, green sleeveless round-neck A-line dress with a self-design dobby weave; the feed has no
    # gender for this row. Caption: epoch-1 adapter, stopped, invents a wrist. Colour: VQA looped "green".
    case(
        "X1499-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
        ),
        wearing("a sleeveless dress"),
        Q.color(
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.sleeve_length("sleeveless"),
        title="Gini and Jony Girls Green Self Design A-Line Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: woman on white, peach sleeveless V-neck wide-leg jumpsuit, gold watch. Caption: epoch-1 adapter, tank top +
    # pants, cut. Colour: VQA adapter, answer then the prompt again. "Is this a jumpsuit?": VQA "yes".
    case(
        "X1499-035",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.color(
            "Peach Question: What is the color of the garment? Answer: Peach Question: What is the color of the "
            "garment? Answer: Peach Question: What",
            "leak",
            hit_limit=True,
        ),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Zima Leto Women Peach Solid Wide Leg Jumpsuit",
        category="Jumpsuit",
        color="Peach",
    ),
    # Photo: woman on grey, black satin slip dress with thin straps worn over a white short-sleeve tee, calf length.
    # Caption: epoch-1 adapter, the tee + a long skirt, stopped. Colour: VQA "white" (the tee). Rest: spans, the tee's.
    case(
        "X1499-036",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long skirt. The skirt is with chiffon fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        gender="Women",
        title="Vero Moda Women Black Satin Slip Midi Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: woman on white, coral short-sleeve round-neck fit-and-flare dress to the knee, white sneakers. Caption:
    # epoch-1 adapter, stopped, right. Colour: VQA "orange". Details: no span, VQA adapter loops.
    case(
        "X1499-037",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with chiffon fabric. It "
            "has a round neckline."
        ),
        wearing("a short-sleeve dress"),
        Q.garment_type("dress"),
        Q.color("orange"),
        Q.pattern("pure color"),
        Q.sleeve_length("short-sleeve"),
        details(
            "dress",
            "the dress has a round neckline and short sleeves and a flared skirt and a round neckline and short "
            "sleeves and a",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Coral Solid Fit and Flare Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: girl on white, blue chambray jumpsuit with a white star print, sleeveless with frilled shoulders, cropped
    # legs. Caption: epoch-1 adapter, tank top + pants, cut. Colour: VQA "blue". Rest: spans.
    case(
        "X1499-038",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with denim fabric. It has "
            "a round neckline. The lady wears a three-quarter pants. The pants are with denim fabric and graphic "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction", who="the girl"),
        Q.color("blue"),
        Q.material("denim"),
        Q.pattern("graphic"),
        gender="Girls",
        title="Allen Solly Junior Girls Blue Printed Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: woman on beige, beige knitted sweater dress, long sleeves, turtleneck, midi, brown knee boots. Caption:
    # epoch-1 adapter, right but cut. Colour: VQA "brown" (the boots). Rest: spans.
    case(
        "X1499-039",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with knitted fabric. It has "
            "a standing neckline. The lower clothing is of long length. The fabric is knitted and it has pure "
            "color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve dress"),
        Q.color("brown", "other_garment_color"),
        Q.material("knitted"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "a standing neckline"),
        gender="Women",
        title="MANGO Women Beige Solid Knitted Sweater Dress",
        category="Dresses",
        color="Beige",
    ),
    # Photo: woman on white, blue and white vertical-striped collared playsuit, short sleeves, shorts, sunglasses pushed
    # up on her head. Caption: epoch-1 adapter, shirt + short pants, cut. Answers: spans ("striped" for the colour).
    case(
        "X1499-040",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short pants. The pants are with cotton fabric and striped patterns. "
            "The lady wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="SASSAFRAS Women Blue & White Striped Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Photo: girl on white, purple floor-length dress with a net overlay and a sequinned yoke, sleeveless, round neck.
    # Caption: epoch-1 adapter, "chiffon", restarts. Colour: VQA "purple". Rest: spans.
    case(
        "X1499-041",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has "
            "a round neckline. The lower clothing is of long length. The lady wears a sleeveless dress with pure "
            "color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless dress", who="she"),
        Q.color("purple"),
        Q.material("chiffon", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("pure color"),
        gender="Girls",
        title="Cutecumber Girls Purple Sequinned Net Maxi Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: woman on white, red mini dress with white flowers, short puff sleeves, sweetheart neck, a light-blue denim
    # jacket worn open over it; the feed has no colour for this row. Caption: epoch-1 adapter, jacket then dress, cut.
    # Colour: VQA "blue" (the jacket). Wearing, type, pattern, material: spans.
    case(
        "X1499-042",
        caption(
            "The lady wears a long-sleeve jacket with denim fabric. It has a lapel neckline. The lady wears a "
            "short-sleeve dress with floral patterns. The dress is with chiffon fabric. There is an accessory on "
            "her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket", "contradiction"),
        Q.garment_type("short-sleeve dress"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("floral"),
        Q.material("denim", "contradiction"),
        gender="Women",
        title="Tokyo Talkies Women Red Floral Print Fit and Flare Dress",
        category="Dresses",
    ),
    # Photo: woman on grey, olive cotton-twill utility jumpsuit, long sleeves rolled up, collar, chest pockets, belt.
    # Caption: epoch-1 adapter, shirt + trousers, cut. Colour, "Is this a jumpsuit?", description: VQA adapter.
    case(
        "X1499-043",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The lady wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        Q.color("green"),
        Q.material("cotton"),
        Q.sleeve_length("long-sleeve"),
        is_a("jumpsuit", "no", "contradiction"),
        describe(
            "jumpsuit",
            "a green jumpsuit with a collar, a button front, two pockets on the chest, a belt at the waist and "
            "rolled up sleeves with",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: woman with a pixie cut on white, mauve ruched bodycon mini dress, long sleeves, square neck, white handbag.
    # Caption: epoch-1 adapter, "His" and "gentleman", shirt + short pants, stopped. Colour: VQA "pink". Rest: spans.
    case(
        "X1499-044",
        caption(
            "His shirt has long sleeves, cotton fabric and pure color patterns. The neckline of it is square. The "
            "gentleman wears a short pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a short pants", "contradiction", who="she"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("pink"),
        Q.sleeve_length("long sleeves"),
        gender="Women",
        title="Sera Women Mauve Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: back view, girl on white, yellow sleeveless cotton playsuit with small white flowers, shorts. Caption:
    # epoch-1 adapter, tank top + short pants, stopped. Colour: VQA looped. Description: VQA "a playsuit".
    case(
        "X1499-045",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. The "
            "lady wears a short pants. The pants are with cotton fabric and floral patterns. There is an accessory "
            "on her wrist.",
            "contradiction",
        ),
        wearing("a sleeveless tank top", "contradiction"),
        Q.color(
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.material("cotton"),
        describe("playsuit", "a playsuit", "restated"),
        gender="Girls",
        title="H&M Girls Yellow Patterned Cotton Playsuit",
        category="Playsuit",
        color="Yellow",
    ),
]
