"""BLIND_1475 (45 products; Myntra dresses and jumpsuits, caption + QA): written blind in the sixty-fifth session.
Measured blind at af418ff (the session's third rules): 104/124 failures found (83.9%) and 11/131 correct texts
flagged (8.4%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra spells them; gender Women or Girls, missing on three rows, category missing on one,
colour missing on one). Photos are the catalog's usual: a model on a plain backdrop, often with her own shoes, watch,
belt or a jacket, two flat lays, two back views, props (a bag, a teddy bear, a stool, a straw hat on the lap).
Each product was captioned by the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch),
greedy, 50 new tokens; then each question was answered by timpal0l/mdeberta-v3-base-squad2 over that caption, and
only when the QA model returned no span did the job ask the VQA adapter (Data3_V3_BLIP2_VQA, `Question: ... Answer:`,
30 new tokens). The job asks a per-category subset of its questionnaire (what is the person wearing, garment type,
colour, pattern, sleeve length, material, the dress/jumpsuit details or description, and a yes/no "Is this a ...?"),
4 to 6 questions a product.
Who wrote what: every caption is the caption adapter's, and every caption ran to the 50-token limit (the adapter was
trained without a terminator and never stops: it keeps adding template sentences about wrists, rings, socks and hats,
repeats them, and is cut wherever token 50 falls; five end by chance on a full stop). Extracted answers are spans of
the caption, so they are short, never loop and never hit a limit, and they inherit the caption's vocabulary:
DeepFashion's template has no hue names, so the colour question mostly gets "pure color", "floral", "striped" or
"graphic" back, and the template has no jumpsuit or playsuit, so those come out as "tank shirt" + "trousers", "shirt" +
"shorts" or "dress". The comment above each case says which text came from the VQA fallback; those ran to 30 tokens
(loops, prompt leaks) except three that stopped on a newline as the base model does.
Labeling conventions and judgement calls: judged against the photo I imagined and the title. A text with two faults
carries the one a buyer would be misled by most: wrong garment type, wrong pronoun or an invented accessory in the body
of a caption beats the cut at its end; a repeated sentence beats the cut (loop); a VQA answer that leaks the next
`Question:` is a leak even when its first word is right. A colour answer that is a pattern word ("pure color",
"floral", "striped", "graphic") is a non_answer; "mixed" is a non_answer as a pattern but I accepted it as the colour
of a multicoloured (Multi) dress. Fabric is judged against the nearest of DeepFashion's classes: chiffon for georgette,
crepe or net, knitting for rib and jersey knits, denim for chambray; but a fabric that the title names otherwise
(Linen, Satin, Denim) is a contradiction, as is a fabric or sleeve the caption gives another garment (jacket, T-shirt
under a pinafore). "long length" for the sleeve length is the trousers' length, a contradiction. A jumpsuit or
playsuit called a shirt, tank shirt, trousers or dress is a contradiction of the category, in the caption and in the
extracted answers alike. Accessories the caption invents mid-caption (a hat that is a hairclip or lies on the lap,
neckwear, a ring in a back view, a wrist accessory on a flat lay) are unsupported; so is the model's own belt given as
the dress's detail. "The lady" for a girl is not marked (the pronoun is right); "gentleman" for a woman is. The
extracted "a ring" for what the person wears is an accessory answered as the garment: contradiction. A bare "dress" or
"The dress" for "Describe the dress." is restated. "lattice" for a checked dress, "graphic" for ethnic motifs or a
unicorn print, "pure color" as the pattern of a white-on-white embroidered dress and "suspenders neckline" for
spaghetti or tie straps are accepted; "graphic" for polka dots and "suspenders neckline" for off-shoulder or
one-shoulder are contradictions.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_1475 = [
    # Truth: model on grey backdrop in a black sleeveless knee-length fit-and-flare dress, round neck; white sneakers,
    # silver watch. cap: caption adapter; all answers: mdeberta spans of the caption.
    case(
        "X1475-001",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.garment_type("dress"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        gender="Women",
        title="Roadster Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: navy maxi with small white and pink flowers, short flutter sleeves, V-neck, tie waist; model holds a straw
    # bag, no ring visible. cap: caption adapter; answers: mdeberta spans (the caption's only "wears a" is the ring).
    case(
        "X1475-002",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. Its neckline is v-shape. The dress is of "
            "long length. There is an accessory in her hand. The lady wears a ring on her finger. This lady is wearing "
            "a",
            "cut",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        Q.material("chiffon"),
        details("dress", "v-shape"),
        gender="Women",
        title="SASSAFRAS Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: olive sleeveless jumpsuit, round neck, tie belt, wide legs; white sneakers. cap: caption adapter (top and
    # trousers, no jumpsuit in its vocabulary); is_a: VQA fallback (no span); the rest mdeberta spans.
    case(
        "X1475-003",
        caption(
            "The lady wears a tank tank shirt with pure color patterns. The tank shirt is with cotton fabric. It has a "
            "round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank tank shirt", "contradiction"),
        is_a(
            "jumpsuit",
            "yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes, yes,",
            "loop",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long length", "contradiction"),
        Q.material("cotton"),
        gender="Women",
        title="Tokyo Talkies Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Truth: girl of about seven in a pink sleeveless party dress, sequinned bodice, layered net skirt to the knee,
    # silver shoes, a bow hairclip, nothing on her wrists. cap: caption adapter (the hairclip became a hat); color: VQA
    # fallback; the rest mdeberta spans.
    case(
        "X1475-004",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "round "
            "neckline. The dress is of medium length. This lady wears a hat. There is an accessory on her wrist. The "
            "lady",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with pure color patterns"),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="Cutecumber Girls Pink Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: mustard long-sleeve shirt dress, collar, button placket, tie belt, knee length; tan sandals, brown watch,
    # sling bag. cap: caption adapter (calls it a shirt); all answers mdeberta spans.
    case(
        "X1475-005",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The lady wears a belt. There is an accessory on her wrist. This lady wears a pair of",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        details("dress", "lapel"),
        gender="Women",
        title="Mast & Harbour Women Mustard Yellow Solid Shirt Dress",
        category="Dresses",
        color="Mustard",
    ),
    # Truth: maroon wrap midi with small white polka dots, three-quarter sleeves, V-neck; gold bracelet, block heels.
    # cap: caption adapter; answers: mdeberta spans.
    case(
        "X1475-006",
        caption(
            "The lady wears a medium-sleeve dress with graphic patterns. The dress is with chiffon fabric. Its "
            "neckline "
            "is v-shape. The dress is of long length. There is an accessory on her wrist. There is an accessory on her "
            "wrist. There",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("graphic", "contradiction"),
        Q.sleeve_length("medium-sleeve"),
        Q.color("graphic", "non_answer"),
        Q.material("chiffon"),
        gender="Women",
        title="HERE&NOW Women Maroon & White Polka Dot Print Wrap Dress",
        category="Dresses",
        color="Maroon",
    ),
    # Truth: black short-sleeve playsuit, notch collar, self belt, shorts; beige backdrop, sunglasses in hand.
    # cap: caption adapter (shirt + shorts); is_a and color: VQA fallback; garment_type, sleeve, pattern: mdeberta.
    case(
        "X1475-007",
        caption(
            "This lady is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its "
            "neckline is lapel. This lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        is_a(
            "playsuit",
            "no Question: Is this a romper? Answer: yes Question: Is this a romper? Answer: yes Question: Is",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short-sleeve"),
        Q.color(
            "black-black-black-black-black-black-black-black-black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        gender="Women",
        title="DressBerry Women Black Solid Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Truth: girl of about five in a sleeveless yellow-and-white horizontally striped cotton A-line dress with a frill
    # hem, bare feet in white sandals, holding a teddy bear. cap: caption adapter; is_a: VQA fallback; rest mdeberta.
    case(
        "X1475-008",
        caption(
            "The lady wears a sleeveless dress with striped patterns. The dress is with cotton fabric. It has a round "
            "neckline. The dress is of medium length. There is an accessory in her hand. The lady wears a pair of "
            "socks. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with striped patterns"),
        Q.color("striped", "non_answer"),
        Q.pattern("striped"),
        Q.sleeve_length("sleeveless"),
        Q.material("cotton"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="YK Girls Yellow & White Striped A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: teal ribbed sleeveless bodycon midi, square neck; a white denim jacket worn open on the shoulders, white
    # sneakers, a watch. cap: caption adapter (one hue slipped in: the jacket's); answers: mdeberta spans.
    case(
        "X1475-009",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with knitting fabric. It has a "
            "square neckline. The lady also wears a white outer clothing, with denim fabric. There is an accessory on "
            "her wrist. The",
            "cut",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        Q.material("knitting"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        wearing("a sleeveless dress with pure color patterns"),
        gender="Women",
        title="Berrylush Women Teal Blue Solid Bodycon Dress",
        category="Dresses",
        color="Teal",
    ),
    # Truth: back view: red tiered maxi with small white and yellow flowers, puff short sleeves, tie-up back; hands out
    # of frame, no hat. cap: caption adapter (ring, wrist and hat invented), ends on a full stop at token 50;
    # answers: mdeberta spans.
    case(
        "X1475-010",
        caption(
            "Her dress has short sleeves, chiffon fabric and floral patterns. The dress is of long length. The lady "
            "wears a ring on her finger. There is an accessory on her wrist. This lady wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short sleeves"),
        details("dress", "long length"),
        Q.material("chiffon"),
        gender="Women",
        title="Athena Women Red Floral Print Tiered Maxi Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: girl in a navy sleeveless cotton jumpsuit with a white anchor print, cropped legs, front buttons; red
    # sneakers. cap: caption adapter; color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-011",
        caption(
            "This lady is wearing a sleeveless tank shirt with graphic patterns. The tank shirt is with cotton fabric. "
            "It "
            "has a round neckline. The pants this lady wears is of three-quarter length. The pants are with cotton "
            "fabric and",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("tank shirt", "contradiction"),
        Q.pattern("graphic"),
        Q.color(
            "navy blue and white navy blue and white navy blue and white navy blue and white navy blue and white navy "
            "blue and white navy blue",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        gender="Girls",
        title="Hopscotch Girls Navy Blue & White Anchor Print Cotton Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
    ),
    # Truth: white schiffli-embroidered sleeveless A-line dress, V-neck, to the knee; the model's own brown belt, a
    # bracelet. cap: caption adapter; color: VQA fallback, which stopped on a newline; the rest mdeberta spans.
    case(
        "X1475-012",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. Its neckline "
            "is v-shape. The dress is of medium length. The lady wears a belt. There is an accessory on her wrist. "
            "This",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.color("white"),
        Q.material("cotton"),
        details("dress", "a belt", "unsupported"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Vero Moda Women White Schiffli Embroidered A-Line Dress",
        category="Dresses",
        color="White",
    ),
    # Truth: mid-blue denim pinafore dress (sleeveless, straps) over a white short-sleeve T-shirt; white sneakers.
    # cap: caption adapter (sees the T-shirt and a skirt); color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-013",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a "
            "round neckline. The lady wears a medium short skirt. The skirt is with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.sleeve_length("short-sleeve", "contradiction"),
        Q.material("cotton", "contradiction"),
        Q.color(
            "blue Question: What is the color of the shirt? Answer: white Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        gender="Women",
        title="ONLY Women Blue Denim Pinafore Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: flat lay on white: peach cotton dress, cap sleeves, round neck, bow at the waist; no person at all.
    # cap: caption adapter (a lady, a wrist and a ring invented); answers: mdeberta spans.
    case(
        "X1475-014",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a ring "
            "on her finger",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.sleeve_length("short-sleeve"),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        gender="Girls",
        title="Allen Solly Junior Girls Peach-Coloured Solid Cotton Fit and Flare Dress",
        category="Dresses",
        color="Peach",
    ),
    # Truth: dark green jumpsuit with pink flowers, wrap V-neck, short sleeves, culotte legs, tie belt; bracelet, no
    # ring. cap: caption adapter (calls it a dress); is_a: VQA fallback; rest mdeberta spans.
    case(
        "X1475-015",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. Its neckline "
            "is "
            "v-shape. The dress is of long length. There is an accessory on her wrist. This lady wears a ring. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("dress", "contradiction"),
        is_a(
            "jumpsuit",
            "yes, it is a jumpsuit. yes, it is a jumpsuit. yes, it is a jumpsuit. yes, it is a",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="Harpa Women Green Floral Print Wrap Jumpsuit",
        category="Jumpsuit",
        color="Green",
    ),
    # Truth: charcoal grey sleeveless sheath dress, round neck, to the knee; black pumps, no accessories.
    # cap: caption adapter (starts over after its fourth sentence); answers: mdeberta spans.
    case(
        "X1475-016",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of medium length. The lady wears a sleeveless dress with pure color patterns. The "
            "dress is with cotton",
            "loop",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.material("cotton"),
        Q.garment_type("dress"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="AND Women Charcoal Grey Solid Sheath Dress",
        category="Dresses",
        color="Charcoal",
    ),
    # Truth: rust off-shoulder long-sleeve bodycon midi in stretch jersey; gold hoop earrings, nude heels, no necklace,
    # nothing on the wrists. cap: caption adapter; color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-017",
        caption(
            "The dress this lady wears has long sleeves, its fabric is knitting, and it has pure color patterns. It "
            "has "
            "a suspenders neckline. The lady wears neckwear. There is an accessory on her wrist. The dress is of long",
            "unsupported",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        details("dress", "suspenders neckline", "contradiction"),
        Q.color(
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("dress"),
        Q.material("knitting"),
        gender="Women",
        title="Sera Women Rust Solid Off-Shoulder Bodycon Midi Dress",
        category="Dresses",
        color="Rust",
    ),
    # Truth: girl in a pink ankle-length ethnic dress with gold foil motifs, short sleeves, round neck; gold bangles,
    # no necklace. cap: caption adapter; is_a: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-018",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of long length. There is an accessory on her wrist. This lady wears neckwear. "
            "There "
            "is an",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("graphic", "non_answer"),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        is_a(
            "dress",
            "yes Question: Is this a skirt? Answer: no Question: Is this a dress? Answer: yes Question: Is this a",
            "leak",
            hit_limit=True,
        ),
        gender="Girls",
        title="Bitiya by Bhama Girls Pink & Gold-Toned Ethnic Motifs Printed Maxi Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: black sleeveless playsuit with a white ditsy floral print, V-neck, elastic waist, shorts; white sneakers,
    # a denim jacket over her arm. cap: caption adapter; color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-019",
        caption(
            "The lady wears a sleeveless tank shirt with floral patterns and a three-point shorts. The tank shirt is "
            "with chiffon fabric. Its neckline is v-shape. The shorts are with chiffon fabric and floral patterns. "
            "There is an accessory in her",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank shirt with floral patterns and a three-point shorts", "contradiction"),
        Q.color(
            "black and white black and white black and white black and white black and white black and white black and "
            "white black and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Tokyo Talkies Women Black & White Floral Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Truth: lavender short-sleeve A-line cotton dress to the knee, round neck; a watch and a silver ring.
    # cap: caption adapter, ends on a full stop at token 50 and says nothing false; answers: mdeberta spans.
    case(
        "X1475-020",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "round neckline. The dress is of medium length. There is an accessory on her wrist. The lady wears a ring "
            "on her finger.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with pure color patterns"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        Q.pattern("pure color"),
        gender="Women",
        title="max Women Lavender Solid A-Line Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Truth: girl in a red-and-black buffalo-check long-sleeve flannel dress with a collar, black tights, black ankle
    # boots. cap: caption adapter (repeats the socks); color: VQA fallback; the rest mdeberta spans. No category column.
    case(
        "X1475-021",
        caption(
            "The lady wears a long-sleeve dress with lattice patterns. The dress is with cotton fabric and its "
            "neckline "
            "is lapel. The dress is of medium length. The lady wears a pair of socks. The lady wears a pair of socks. "
            "The",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("lattice"),
        Q.color(
            "red and black and red and black and red and black and red and black and red and black and red and black "
            "and red",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        Q.material("cotton"),
        gender="Girls",
        title="Peppermint Girls Red & Black Checked Fit and Flare Dress",
        color="Red",
    ),
    # Truth: woman with a pixie cut in a beige linen-blend jumpsuit, short sleeves, notch collar, wide legs, belt.
    # cap: caption adapter ("gentleman", shirt + trousers); answers: mdeberta spans.
    case(
        "X1475-022",
        caption(
            "This gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its "
            "neckline is lapel. This gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color "
            "patterns. There",
            "pronoun",
            hit_limit=True,
        ),
        Q.material("cotton", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("short-sleeve"),
        Q.color("pure color", "non_answer"),
        gender="Women",
        title="StyleStone Women Beige Solid Linen Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Truth: off-white sleeveless V-neck cotton maxi; the model wears a tan straw hat and flat sandals, bare wrists.
    # cap: caption adapter; color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-023",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. Its neckline "
            "is v-shape. The dress is of long length. This lady wears a hat. There is an accessory on her wrist. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        Q.color(
            "white Question: What is the color of the hat? Answer: brown Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.material("cotton"),
        describe("dress", "sleeveless dress with pure color patterns"),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="Mast & Harbour Women Off-White Solid Cotton Maxi Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: black sequinned long-sleeve mini, round neck, dark grey backdrop; silver clutch in hand, a cocktail ring.
    # cap: caption adapter; answers: mdeberta spans.
    case(
        "X1475-024",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with other fabric. It has a "
            "round "
            "neckline. The dress is of short length. There is an accessory in her hand. The lady wears a ring on her "
            "finger. There",
            "cut",
            hit_limit=True,
        ),
        Q.material("other", "non_answer"),
        Q.pattern("pure color"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.garment_type("dress"),
        gender="Women",
        title="Athena Women Black Sequinned Bodycon Party Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: girl in a white cotton playsuit with a blue floral print, flutter sleeves, ruffled shorts. No gender
    # column. cap: caption adapter (shirt + shorts); color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-025",
        caption(
            "The lady wears a short-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a round "
            "neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and floral patterns. "
            "There "
            "is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        Q.color(
            "white and blue white and blue white and blue white and blue white and blue white and blue white and blue "
            "white and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        Q.material("cotton"),
        title="Gini and Jony Girls White & Blue Floral Print Cotton Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Truth: emerald satin slip midi, thin straps, cowl neck, under a cropped black blazer worn open. cap: caption
    # adapter; color: VQA fallback, which stopped on a newline (the blazer's colour); the rest mdeberta spans.
    case(
        "X1475-026",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The lady also wears an outer clothing, with cotton fabric and pure color patterns. "
            "There is an accessory",
            "cut",
            hit_limit=True,
        ),
        Q.material("chiffon", "contradiction"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        details("dress", "suspenders neckline"),
        gender="Women",
        title="Vero Moda Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Truth: lime green cotton mini, puff short sleeves, square neck, smocked bodice; bracelet, two rings, white ankle
    # socks and sneakers; she sits on a white cube. cap: caption adapter, ends on a full stop at token 50, nothing
    # false; answers: mdeberta spans.
    case(
        "X1475-027",
        caption(
            "Her dress has short sleeves, cotton fabric and pure color patterns. It has a square neckline. The dress "
            "is "
            "of short length. There is an accessory on her wrist. The lady wears a ring on her finger. This lady wears "
            "a "
            "pair of socks.",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("short sleeves"),
        Q.pattern("pure color"),
        details("dress", "square neckline"),
        gender="Women",
        title="SASSAFRAS Women Lime Green Puff Sleeve Smocked Mini Dress",
        category="Dresses",
        color="Lime Green",
    ),
    # Truth: girl in a navy short-sleeve jersey T-shirt dress with a small embroidered logo, white socks and sneakers,
    # bare wrists. cap: caption adapter (a T-shirt, then starts over); color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-028",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a pair of socks. There is an accessory on her wrist. The lady wears a "
            "short-sleeve T-shirt",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("T-shirt", "contradiction"),
        Q.color(
            "navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy blue navy "
            "blue navy blue navy blue navy blue navy blue",
            "loop",
            hit_limit=True,
        ),
        details("dress", "round neckline"),
        Q.sleeve_length("short-sleeve"),
        gender="Girls",
        title="U.S. Polo Assn. Kids Girls Navy Blue Solid T-shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Truth: back view: black sleeveless culotte jumpsuit with a cut-out back and a tie. cap: caption adapter
    # ("the person", tank shirt + pants); answers: mdeberta spans.
    case(
        "X1475-029",
        caption(
            "The person is wearing a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. The pants this person wears is of three-quarter length. The pants are with cotton fabric and pure "
            "color patterns. There is an",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "three-quarter length"),
        Q.garment_type("tank shirt", "contradiction"),
        gender="Women",
        title="Mast & Harbour Women Black Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Truth: multicoloured abstract print (orange, blue, white) A-line midi, three-quarter sleeves, round neck with a
    # keyhole; a watch, no necklace. cap: caption adapter; answers: mdeberta spans.
    case(
        "X1475-030",
        caption(
            "The lady wears a medium-sleeve dress with mixed patterns. The dress is with chiffon fabric. It has a "
            "round "
            "neckline. The dress is of long length. There is an accessory on her wrist. This lady wears neckwear. This "
            "lady wears",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("mixed", "non_answer"),
        Q.color("mixed"),
        Q.sleeve_length("medium-sleeve"),
        Q.material("chiffon"),
        describe("dress", "The dress", "restated"),
        gender="Women",
        title="Harpa Women Multicoloured Abstract Printed A-Line Midi Dress",
        category="Dresses",
        color="Multi",
    ),
    # Truth: flat lay on white: mustard cotton jumpsuit with shoulder tie straps, full length, two front pockets.
    # cap: caption adapter; answers: mdeberta spans.
    case(
        "X1475-031",
        caption(
            "The person is wearing a sleeveless tank shirt with pure color patterns. The tank shirt is with cotton "
            "fabric. It has a suspenders neckline. The pants this person wears is of long length. The pants are with "
            "cotton fabric and pure",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("cotton"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("sleeveless"),
        wearing("a sleeveless tank shirt with pure color patterns", "contradiction"),
        details("jumpsuit", "suspenders neckline"),
        gender="Girls",
        title="Gini and Jony Girls Mustard Yellow Solid Cotton Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
    ),
    # Truth: burgundy long-sleeve wrap midi, V-neck, side tie; black knee boots, bare wrists. cap: caption adapter
    # (socks and a wrist accessory invented; ends on a full stop at token 50); color: VQA fallback; rest mdeberta spans.
    case(
        "X1475-032",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. Its "
            "neckline "
            "is v-shape. The dress is of long length. The lady wears a pair of socks. There is an accessory on her "
            "wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.color(
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon "
            "maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon maroon",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long-sleeve"),
        Q.material("chiffon"),
        describe("dress", "long-sleeve dress with pure color patterns"),
        gender="Women",
        title="Miss Chase Women Burgundy Solid Wrap Midi Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Truth: girl in a light blue chambray shirt dress, long sleeves rolled once, collar, white buttons, waist tie; no
    # ring, no watch. No gender column. cap: caption adapter (a shirt); answers: mdeberta spans.
    case(
        "X1475-033",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. The lady wears a belt. There is an accessory on her wrist. The lady wears a ring on "
            "her "
            "finger. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.sleeve_length("long-sleeve"),
        Q.color("pure color", "non_answer"),
        Q.garment_type("shirt", "contradiction"),
        title="Naughty Ninos Girls Blue Chambray Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Truth: red sleeveless square-neck sheath midi; a black leather jacket draped on the shoulders, black heels.
    # cap: caption adapter; color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-034",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. The lady also wears an outer clothing, with leather fabric and pure color patterns. "
            "There "
            "is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        Q.material("leather", "contradiction"),
        Q.color(
            "black Question: What is the color of the dress? Answer: red Question: What is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        gender="Women",
        title="ONLY Women Red Solid Sheath Midi Dress",
        category="Dresses",
        color="Red",
    ),
    # Truth: mid-blue denim short-sleeve playsuit, collar, buttons, shorts; white sneakers, grey backdrop.
    # cap: caption adapter (shirt + shorts); color and is_a: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-035",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with denim fabric and its "
            "neckline is lapel. This lady wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        Q.material("denim"),
        Q.sleeve_length("short-sleeve"),
        Q.color(
            "blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue blue "
            "blue blue blue blue blue blue blue blue blue",
            "loop",
            hit_limit=True,
        ),
        is_a(
            "playsuit",
            "no, no, no, no, no, no, no, no, no, no, no, no, no, no, no,",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt", "contradiction"),
        gender="Women",
        title="Roadster Women Blue Denim Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Truth: girl in a yellow sleeveless cotton dress with white flowers and the cropped denim jacket sold with it;
    # white sandals. cap: caption adapter; answers: mdeberta spans.
    case(
        "X1475-036",
        caption(
            "The lady wears a sleeveless dress with floral patterns. The dress is with cotton fabric. It has a round "
            "neckline. The lady also wears an outer clothing, with denim fabric and pure color patterns. The lady "
            "wears "
            "a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless dress with floral patterns"),
        Q.material("cotton"),
        Q.pattern("floral"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        gender="Girls",
        title="pspeaches Girls Yellow Floral Print Dress with Denim Jacket",
        category="Dresses",
        color="Yellow",
    ),
    # Truth: woman with a buzz cut in an olive long-sleeve cotton utility boilersuit, collar, zip front, chest
    # pockets, belted, cuffed ankles; white sneakers. cap: caption adapter ("gentleman", repeats the trousers);
    # answers: mdeberta spans.
    case(
        "X1475-037",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its "
            "neckline is lapel. The trousers are with cotton fabric and pure color patterns. The trousers are with "
            "cotton fabric and pure color patterns. The",
            "pronoun",
            hit_limit=True,
        ),
        Q.garment_type("trousers", "contradiction"),
        Q.color("pure color", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        details("jumpsuit", "lapel"),
        Q.material("cotton"),
        gender="Women",
        title="Athena Women Olive Green Solid Cotton Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Truth: coral one-shoulder ruffled maxi in georgette, sleeveless, the model barefoot on white, bare wrists.
    # cap: caption adapter; color: VQA fallback; the rest mdeberta spans. No colour column.
    case(
        "X1475-038",
        caption(
            "The lady wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "suspenders neckline. The dress is of long length. There is an accessory on her wrist. There is an "
            "accessory on her wrist. The",
            "loop",
            hit_limit=True,
        ),
        details("dress", "suspenders neckline", "contradiction"),
        Q.color(
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("pure color"),
        Q.material("chiffon"),
        gender="Women",
        title="Zima Leto Women Coral Solid One-Shoulder Ruffled Maxi Dress",
        category="Dresses",
    ),
    # Truth: grey melange long-sleeve knit sweater dress, turtleneck, to the knee; black knee boots, a watch.
    # cap: caption adapter (a sweater); color: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-039",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has "
            "a standing neckline. The lady wears a pair of socks. There is an accessory on her wrist. The lady wears a "
            "long",
            "contradiction",
            hit_limit=True,
        ),
        Q.garment_type("sweater", "contradiction"),
        Q.material("knitting"),
        Q.sleeve_length("long-sleeve"),
        details("dress", "standing neckline"),
        Q.color(
            "gray and black gray and black gray and black gray and black gray and black gray and black gray and black "
            "gray and black gray",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Trend Arrest Women Grey Melange Solid Sweater Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Truth: girl in a light pink short-sleeve cotton jersey dress with a unicorn print on the front, white socks and
    # sneakers, a beaded bracelet. cap: caption adapter; color: VQA fallback, which stopped on a newline; the rest
    # mdeberta spans.
    case(
        "X1475-040",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of medium length. The lady wears a pair of socks. There is an accessory on her "
            "wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        Q.pattern("graphic"),
        Q.color("pink"),
        wearing("a short-sleeve dress with graphic patterns"),
        Q.material("cotton"),
        Q.sleeve_length("short-sleeve"),
        Q.garment_type("dress"),
        gender="Girls",
        title="H&M Girls Light Pink Printed Cotton Jersey Dress",
        category="Dresses",
        color="Pink",
    ),
    # Truth: white-and-black vertically striped jumpsuit, sleeveless halter neck, wide legs, black belt.
    # cap: caption adapter (tank shirt + pants); color and is_a: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-041",
        caption(
            "The lady wears a sleeveless tank shirt with striped patterns. The tank shirt is with cotton fabric. The "
            "pants this lady wears is of long length. The pants are with cotton fabric and striped patterns. The lady "
            "wears a belt. There",
            "contradiction",
            hit_limit=True,
        ),
        Q.color(
            "black and white and black and white and black and white and black and white and black and white and black "
            "and white and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        is_a(
            "jumpsuit",
            "yes Question: What cloth is the person wearing? Answer: romper Question: What is the color of the romper?",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        gender="Women",
        title="SASSAFRAS Women White & Black Striped Jumpsuit with Belt",
        category="Jumpsuit",
        color="White",
    ),
    # Truth: girl in an off-white ankle-length anarkali-style cotton dress with red flowers, three-quarter sleeves, a
    # gota border; red bangles, no necklace, red juttis. cap: caption adapter; answers: mdeberta spans.
    case(
        "X1475-042",
        caption(
            "The lady wears a medium-sleeve dress with floral patterns. The dress is with cotton fabric. It has a "
            "round "
            "neckline. The dress is of long length. There is an accessory on her wrist. The lady wears neckwear. The "
            "lady",
            "cut",
            hit_limit=True,
        ),
        Q.color("floral", "non_answer"),
        wearing("a medium-sleeve dress with floral patterns"),
        Q.sleeve_length("medium-sleeve"),
        describe("dress", "dress", "restated"),
        Q.material("cotton"),
        gender="Girls",
        title="Aks Kids Girls Off-White & Red Floral Printed Anarkali Dress",
        category="Dresses",
        color="Off White",
    ),
    # Truth: model on a wooden stool in a blue playsuit with white flowers, puff short sleeves, square neck, shorts;
    # a sun hat rests on her lap, a small bag in her hand. No gender column. cap: caption adapter (a dress, and a hat
    # "worn"); is_a: VQA fallback; the rest mdeberta spans.
    case(
        "X1475-043",
        caption(
            "The lady wears a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "square "
            "neckline. The dress is of short length. This lady wears a hat. There is an accessory in her hand. The",
            "contradiction",
            hit_limit=True,
        ),
        Q.color("floral", "non_answer"),
        Q.pattern("floral"),
        Q.sleeve_length("short-sleeve"),
        is_a(
            "playsuit",
            "yes, it is a romper, it is a romper, it is a romper, it is a romper, it is a romper, it is a",
            "loop",
            hit_limit=True,
        ),
        title="Tokyo Talkies Women Blue Floral Print Playsuit",
        category="Playsuit",
        color="Blue",
    ),
    # Truth: black tiered maxi with pink roses, long puff sleeves, smocked bodice, round neck; no belt, no slit, no
    # zip seen. cap: caption adapter (repeats its first sentence, never reaches the fabric); material and details: VQA
    # fallback (no span); the rest mdeberta spans.
    case(
        "X1475-044",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress with floral "
            "patterns. The lady wears a long-sleeve dress with floral patterns. The lady wears a long-sleeve dress "
            "with",
            "loop",
            hit_limit=True,
        ),
        Q.material(
            "the dress is made of cotton and the dress is made of cotton and the dress is made of cotton and the",
            "loop",
            hit_limit=True,
        ),
        details(
            "dress",
            "the dress has a v-neck, a belt, a slit on the side and a zipper on the back. the dress has a v",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("floral", "non_answer"),
        Q.sleeve_length("long-sleeve"),
        Q.pattern("floral"),
        gender="Women",
        title="Berrylush Women Black & Pink Floral Print Smocked Tiered Maxi Dress",
        category="Dresses",
        color="Black",
    ),
    # Truth: black floral mini skater dress (small red and pink flowers), short sleeves, round neck; a watch, a small
    # black handbag in her hand, white sneakers. cap: caption adapter, ends on a full stop at token 50, nothing false;
    # answers: mdeberta spans.
    case(
        "X1475-045",
        caption(
            "This lady is wearing a short-sleeve dress with floral patterns. The dress is with chiffon fabric. It has "
            "a "
            "round neckline. The dress is of short length. There is an accessory in her hand. There is an accessory on "
            "her wrist.",
            hit_limit=True,
        ),
        wearing("a short-sleeve dress with floral patterns"),
        Q.color("floral", "non_answer"),
        Q.garment_type("dress"),
        Q.material("chiffon"),
        Q.sleeve_length("short-sleeve"),
        gender="Women",
        title="ONLY Women Black Floral Print Mini Skater Dress",
        category="Dresses",
        color="Black",
    ),
]
