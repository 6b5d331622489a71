"""BLIND_1451 (45 products; Myntra women's and girls' dresses, jumpsuits, playsuits, epoch-1 captions + mdeberta
extraction with VQA fallback): written blind in the sixty-fifth session. Measured blind at 0c250e6 (the session's
first rules): 126/148 failures found (85.1%) and 6/163 correct texts flagged (3.7%). The writer's notes, verbatim:

Scenario: a Myntra feed of girls' and women's dresses, jumpsuits and playsuits (article types Dresses, Jumpsuit,
Playsuit; base colours as Myntra writes them; gender Women or Girls; a column left out here and there). The photos
are the usual catalog shots: a model on a plain white, grey or beige backdrop wearing the product with sneakers,
heels, a jacket or a T-shirt under it, now and then a prop (a bag, a teddy bear, a coffee cup), two flat lays
(010, 041) and two back views (016, 045). Each product was asked 5 to 7 of: What is the person wearing?, What is
the color of the <garment>?, the pattern, the sleeve length, the material, Describe the <garment>, What are the
<garment> details?, Is this a <garment>? (<garment> is the title's own word: dress, jumpsuit or playsuit).
Who wrote what: every caption is the epoch-1 caption adapter (Data2_V2 ... Caption_First_Epoch) on blip2-opt-2.7b,
greedy, 50 new tokens. It writes the DeepFashion-MultiModal template only ("The upper clothing has ...", or "The
lady wears a <sleeve> tank top / T-shirt / shirt ... The lady wears a long skirt / pants"), never a hue, never the
word dress or jumpsuit, and it never stops, so nearly every caption runs to the limit; some end on a full stop by
luck. Each answer is the span mdeberta-v3-base-squad2 extracted from that caption; when mdeberta returned no span
(mostly the colour questions, Is this a ...?, and questions the caption has no words for) the answer is the VQA
adapter's (Data3_V3_BLIP2_VQA), greedy, 30 new tokens, which also never stops: it loops, runs on until cut, or
writes the next "Question: ... Answer:" of its training format. The comment above each case says which answers
came from the VQA fallback; every other answer is an mdeberta span.
Labeling conventions and judgement calls: judged by the photo I imagined and the title. A caption or answer that
names the garment as something else (tank top + skirt for a dress, shirt + pants for a jumpsuit, a T-shirt for a
T-shirt dress) is a contradiction; so is a wearing answer that names only an accessory (a hat, glasses, socks,
neckwear, a bracelet) or only the styling piece (the jacket, the T-shirt under it) instead of the product. The
generic spans "upper clothing" for what she wears and "pure color" / "floral" / "striped" / "lattice" / "complicated"
for the colour question say nothing about the hue or garment: non_answer. The same pattern words are correct for
the pattern question when they fit the photo. A caption cut mid-sentence is cut, unless it is wrong in a way that
matters more (wrong garment: contradiction; accessory on a flat lay or not in the photo: unsupported; he/his/man
for a woman or girl: pronoun; the template repeated: loop); one label per text. A caption that stopped on a full
stop at the limit is hit_limit but unmarked when what it says is right. VQA answers that repeat are loop even when
the repeated word is right or also wrong; a VQA answer that writes the next Question/Answer is leak; one that runs on
without repeating is cut, or other_garment_color when its first words give the jacket's or T-shirt's colour.
Near hues are right (green for teal or khaki, orange for rust, pink for peach, mauve or magenta, red for maroon or
burgundy, white for cream). DeepFashion fabric words are accepted when the photo allows them (chiffon for georgette
or tulle, denim for chambray, cotton for crepe), wrong when it does not (chiffon or cotton for satin, cotton for
sequins): unsupported; chiffon for lace over a mesh lining passes. Pleats read as stripes are unsupported;
lattice for the title's polka dots and the T-shirt's sleeves given for a strappy dress are contradictions.
"""

from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, question, wearing


def pattern(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return question("pattern", f"What is the pattern of the {garment}?", "open")(text, failure, hit_limit)


def sleeves(garment: str, text: str, failure: str | None = None, hit_limit: bool = False):
    return question("sleeve_length", f"What is the sleeve length of the {garment}?", "open")(text, failure, hit_limit)


BLIND_1451 = [
    # Photo: black sleeveless fit-and-flare knee-length dress, round neck, white sneakers, grey backdrop.
    # Caption: epoch-1 adapter. VQA fallback: color, is_a. Other answers: mdeberta spans.
    case(
        "X1451-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        color_of(
            "dress",
            "black black black black black black black black black black black black black black black black black "
            "black black black black black black black black black black black black black",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "pure color"),
        sleeves("dress", "sleeveless"),
        material("cotton"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Black Solid Fit and Flare Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: navy maxi with small white flowers, short flutter sleeves, V-neck, thin ring, straw bag in hand, white
    # backdrop. Caption: epoch-1 adapter. All answers: mdeberta spans.
    case(
        "X1451-002",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has floral patterns. This lady wears a "
            "ring on her finger. The",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of("dress", "floral", "non_answer", kind="open"),
        describe("dress", "chiffon fabric and floral patterns"),
        sleeves("dress", "short sleeves"),
        material("chiffon"),
        pattern("dress", "floral"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="SASSAFRAS Women Navy Blue Floral Print Maxi Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: pink ribbed-knit bodycon mini, long sleeves, square neck, white heels, grey backdrop.
    # Caption: epoch-1 adapter. VQA fallback: is_a. Other answers: mdeberta spans.
    case(
        "X1451-003",
        caption(
            "This woman wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It "
            "has a square neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        sleeves("dress", "long-sleeve"),
        material("knitted"),
        details("dress", "square neckline"),
        is_a(
            "dress",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Pink Solid Bodycon Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: olive sleeveless wide-leg jumpsuit with tie belt, round neck, white sneakers, white backdrop.
    # Caption: epoch-1 adapter. VQA fallback: color, is_a. Other answers: mdeberta spans.
    case(
        "X1451-004",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top", "contradiction"),
        color_of(
            "jumpsuit",
            "green and white green and white green and white green and white green and white green and white green "
            "and white green and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("jumpsuit", "pure color"),
        sleeves("jumpsuit", "sleeveless"),
        is_a(
            "jumpsuit",
            "yes, it is a jumpsuit. yes, it is a jumpsuit. yes, it is a jumpsuit. yes, it is a",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Women",
        title="DressBerry Women Olive Green Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Olive",
    ),
    # Photo: maroon playsuit with small white polka dots, short puff sleeves, V-neck, shorts, thin gold bracelet,
    # black sandals, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-005",
        caption(
            "The upper clothing has short sleeves, cotton fabric and graphic patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        color_of(
            "playsuit",
            "red and white polka dot Question: What is the color of the playsuit? Answer: red and white polka dot "
            "Question: What is",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        pattern("playsuit", "graphic"),
        sleeves("playsuit", "short sleeves"),
        details("playsuit", "V-shape neckline"),
        material("cotton"),
        gender="Women",
        title="Harpa Women Maroon & White Polka Dot Print Playsuit",
        category="Playsuit",
        color="Maroon",
    ),
    # Photo: girl of about six in a yellow sleeveless A-line dress with white daisies, holding a teddy bear, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: is_a. Other answers: mdeberta spans.
    case(
        "X1451-006",
        caption(
            "The lady wears a sleeveless tank top with floral patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a medium short skirt. The skirt is with cotton fabric and floral "
            "patterns. She",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with floral patterns", "contradiction"),
        color_of("dress", "floral", "non_answer", kind="open"),
        pattern("dress", "floral"),
        material("cotton"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        sleeves("dress", "sleeveless"),
        gender="Girls",
        title="Cherry & Jerry Girls Yellow Printed A-Line Dress",
        category="Dresses",
        color="Yellow",
    ),
    # Photo: teal satin wrap midi, long sleeves, V-neck, self-tie sash at the waist, nude heels, beige backdrop.
    # Caption: epoch-1 adapter. VQA fallback: wearing, color. Other answers: mdeberta spans.
    case(
        "X1451-007",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a V-shape neckline. "
            "The lower clothing is of long length. The fabric is chiffon and it has pure color patterns. There is a "
            "belt around her waist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a green dress with a v neck and a belt and a green dress with a v neck and a belt and a green dress",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "green Question: What is the color of the dress? Answer: green Question: What is the color of the dress? "
            "Answer: green",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        material("chiffon", "unsupported"),
        sleeves("dress", "long sleeves"),
        details("dress", "V-shape neckline"),
        pattern("dress", "pure color"),
        gender="Women",
        title="AND Women Teal Solid Satin Wrap Dress",
        category="Dresses",
        color="Teal",
    ),
    # Photo: black-and-white vertical striped cotton shirt dress, sleeves rolled to the elbow, collar, buttons, black
    # belt, white sneakers, grey backdrop. Caption: epoch-1 adapter. All answers: mdeberta spans.
    case(
        "X1451-008",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has striped patterns. There is a "
            "belt around her waist.",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of("dress", "striped", "non_answer", kind="open"),
        pattern("dress", "striped"),
        sleeves("dress", "medium sleeves"),
        details("dress", "lapel neckline"),
        material("cotton"),
        gender="Women",
        title="Sera Women Black & White Striped Shirt Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: rust sleeveless culotte jumpsuit, square neck, calf-length legs, black sling bag, white backdrop.
    # Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-009",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a square neckline. The pants the lady wears is of three-quarter length. The pants are with cotton "
            "fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction"),
        color_of(
            "jumpsuit",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("jumpsuit", "sleeveless"),
        details("jumpsuit", "square neckline"),
        pattern("jumpsuit", "pure color"),
        material("cotton"),
        gender="Women",
        title="StyleStone Women Rust Solid Culotte Jumpsuit",
        category="Jumpsuit",
        color="Rust",
    ),
    # Photo: flat lay on white: pink tulle party dress, short sleeves, glitter bodice, knee-length layered skirt. No
    # person, no accessory. Caption: epoch-1 adapter. VQA fallback: is_a. Other answers: mdeberta spans.
    case(
        "X1451-010",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has pure color patterns. This lady wears "
            "a hat. There is an accessory",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a hat", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        material("chiffon"),
        sleeves("dress", "short sleeves"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("dress", "round neckline"),
        gender="Girls",
        title="H&M Girls Pink Tulle Dress",
        category="Dresses",
        color="Pink",
    ),
    # Photo: red one-shoulder bodycon mini with a ruffle on the shoulder, gold hoop earrings, nothing on the wrists,
    # black heels, grey backdrop. Caption: epoch-1 adapter. VQA fallback: color, describe. Others: mdeberta spans.
    case(
        "X1451-011",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of medium short length. The fabric is cotton and it has pure color patterns. There "
            "is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("dress", "no sleeves"),
        pattern("dress", "pure color"),
        describe(
            "dress",
            "a red bodycon dress with a ruffle on one shoulder and a fitted short skirt and the dress is made of a "
            "stretchy fabric that fits the body and",
            "cut",
            hit_limit=True,
        ),
        gender="Women",
        title="Athena Women Red Solid One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: mustard tiered cotton maxi with rust and white block print, elbow sleeves, round neck, silver bangles,
    # juttis, white backdrop. Caption: epoch-1 adapter. VQA fallback: wearing, color. Others: mdeberta spans.
    # (The feed left the category out.)
    case(
        "X1451-012",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has graphic patterns. There is an "
            "accessory on her wrist. This",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a yellow dress with a yellow dress with a yellow dress with a yellow dress with a yellow dress with a "
            "yellow dress with a",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "yellow and orange and white and yellow and orange and white and yellow and orange and white and yellow "
            "and orange and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("dress", "medium sleeves"),
        pattern("dress", "graphic"),
        material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="Global Desi Women Mustard Yellow Printed Tiered Maxi Dress",
        color="Mustard",
    ),
    # Photo: white wrap midi with black polka dots, short sleeves, worn under an open black leather jacket, black
    # ankle boots, grey backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-013",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and lattice patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has lattice patterns. This lady also wears an outer clothing, with "
            "leather fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing, with leather fabric", "contradiction"),
        color_of(
            "dress",
            "black with a black leather jacket and black boots and a black bag and a black belt and black shoes and a "
            "black",
            "other_garment_color",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "lattice", "contradiction"),
        sleeves("dress", "short sleeves"),
        material("chiffon"),
        gender="Women",
        title="MANGO Women White & Black Polka Dot Print Wrap Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: mid-blue denim dungaree-style jumpsuit (bib, straps, long legs) over a white short-sleeve T-shirt, white
    # sneakers, white backdrop. Caption: epoch-1 adapter. VQA fallback: color, is_a. Others: mdeberta spans.
    case(
        "X1451-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with denim fabric and pure color "
            "patterns. There",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        color_of(
            "jumpsuit",
            "white and the jumpsuit is a denim jumpsuit with a white t shirt under it and the jumpsuit has a pocket "
            "on the front and the",
            "other_garment_color",
            kind="open",
            hit_limit=True,
        ),
        material("denim"),
        pattern("jumpsuit", "pure color"),
        is_a(
            "jumpsuit",
            "no Question: Is this a jumpsuit? Answer: no Question: Is this a jumpsuit? Answer: no Question: Is this a "
            "jumpsuit? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Roadster Women Blue Solid Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: girl in a navy-and-white striped cotton shirt dress, short sleeves, collar, white fabric belt, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: wearing. Other answers: mdeberta spans.
    case(
        "X1451-015",
        caption(
            "The upper clothing has short sleeves, cotton fabric and striped patterns. It has a lapel neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has striped patterns. There is a "
            "belt around his waist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing(
            "a blue and white striped dress with a collar and a belt and a blue and white striped dress with a collar "
            "and a",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "striped", "non_answer", kind="open"),
        pattern("dress", "striped"),
        sleeves("dress", "short sleeves"),
        material("cotton"),
        details("dress", "lapel neckline"),
        gender="Girls",
        title="U.S. Polo Assn. Kids Girls Navy Blue Striped Shirt Dress",
        category="Dresses",
        color="Navy Blue",
    ),
    # Photo: back view: lavender ruched bodycon midi, thin straps, tie-up back, arms at her sides, bare wrists, grey
    # backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-016",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is cotton and it has pure color patterns. The upper clothing has no sleeves, cotton "
            "fabric and pure",
            "loop",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "dress",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("dress", "no sleeves"),
        pattern("dress", "pure color"),
        details("dress", "no sleeves, cotton fabric and pure color patterns"),
        gender="Women",
        title="FabAlley Women Lavender Solid Ruched Bodycon Dress",
        category="Dresses",
        color="Lavender",
    ),
    # Photo: black playsuit with red and pink flowers, short flutter sleeves, V-neck, shorts, sunglasses pushed up on
    # her head, white backdrop. Caption: epoch-1 adapter. VQA fallback: is_a. Other answers: mdeberta spans.
    case(
        "X1451-017",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is chiffon and it has floral patterns. This lady "
            "wears glasses.",
            hit_limit=True,
        ),
        wearing("glasses", "contradiction"),
        color_of("playsuit", "floral", "non_answer", kind="open"),
        pattern("playsuit", "floral"),
        sleeves("playsuit", "short sleeves"),
        material("chiffon"),
        is_a(
            "playsuit",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Berrylush Women Black Floral Print Playsuit",
        category="Playsuit",
        color="Black",
    ),
    # Photo: peach skater dress, cap sleeves, round neck, holding a small bunch of flowers, white sneakers, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-018",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of it is round. The lady wears a medium short skirt. The skirt is with cotton fabric and pure "
            "color patterns. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        color_of(
            "dress",
            "pink Question: What is the color of the dress? Answer: pink Question: What is the color of the dress? "
            "Answer: pink",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        sleeves("dress", "short-sleeve"),
        pattern("dress", "pure color"),
        material("cotton"),
        details("dress", "round"),
        gender="Women",
        title="Kassually Women Peach-Coloured Solid Skater Dress",
        category="Dresses",
        color="Peach",
    ),
    # Photo: girl in a green sleeveless fit-and-flare dress with a small white bandhani-style print, round neck,
    # no hat, white sandals, white backdrop. Caption: epoch-1 adapter. VQA fallback: color, is_a. Others: mdeberta.
    case(
        "X1451-019",
        caption(
            "The upper clothing has no sleeves, cotton fabric and graphic patterns. It has a round neckline. The lower "
            "clothing is of medium short length. The fabric is cotton and it has graphic patterns. The lady wears a "
            "hat. There is",
            "unsupported",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "graphic"),
        sleeves("dress", "no sleeves"),
        material("cotton"),
        is_a(
            "dress",
            "yes Question: Is this a dress? Answer: yes Question: Is this a dress? Answer: yes Question: Is this a "
            "dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        details("dress", "round neckline"),
        gender="Girls",
        title="Bitiya by Bhama Girls Green Printed Fit and Flare Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: model with a short cropped haircut in a beige wide-leg jumpsuit, short sleeves, notched collar, self
    # belt, brown loafers, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Others: mdeberta spans.
    case(
        "X1451-020",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        color_of(
            "jumpsuit",
            "white and brown white and brown white and brown white and brown white and brown white and brown white "
            "and brown white and",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("jumpsuit", "short-sleeve"),
        details("jumpsuit", "lapel neckline"),
        material("cotton"),
        pattern("jumpsuit", "pure color"),
        gender="Women",
        title="SIRIKIT Women Beige Solid Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Beige",
    ),
    # Photo: emerald green satin slip midi, spaghetti straps, cowl neck, thin gold chain necklace, grey backdrop.
    # Caption: epoch-1 adapter. All answers: mdeberta spans.
    case(
        "X1451-021",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a suspenders neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This female "
            "has neckwear.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("neckwear", "contradiction"),
        color_of("dress", "pure color", "non_answer", kind="open"),
        material("cotton", "unsupported"),
        sleeves("dress", "no sleeves"),
        details("dress", "suspenders neckline"),
        pattern("dress", "pure color"),
        gender="Women",
        title="Vero Moda Women Green Satin Slip Midi Dress",
        category="Dresses",
        color="Green",
    ),
    # Photo: mid-blue denim shirt dress, long sleeves rolled once, collar, buttons, chest pocket, a watch on her left
    # wrist, white sneakers, canvas tote, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Others:
    # mdeberta spans.
    case(
        "X1451-022",
        caption(
            "The upper clothing has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of medium short length. The fabric is denim and it has pure color patterns. There is "
            "an accessory on her wrist.",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "dress",
            "blue and the dress has a collar and buttons down the front and the sleeves are rolled up and there is a "
            "pocket on the chest and the",
            "cut",
            kind="open",
            hit_limit=True,
        ),
        material("denim"),
        sleeves("dress", "long sleeves"),
        details("dress", "lapel neckline"),
        pattern("dress", "pure color"),
        gender="Women",
        title="ONLY Women Blue Solid Denim Shirt Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: white broderie (eyelet) playsuit, sleeveless, round neck, ruffled shorts hem, tan belt bag at the waist,
    # beige backdrop. Caption: epoch-1 adapter. All answers: mdeberta spans.
    case(
        "X1451-023",
        caption(
            "The upper clothing has no sleeves, cotton fabric and complicated patterns. It has a round neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has complicated patterns. There is "
            "an accessory on her waist. This",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of("playsuit", "complicated", "non_answer", kind="open"),
        pattern("playsuit", "complicated patterns"),
        sleeves("playsuit", "no sleeves"),
        material("cotton"),
        details("playsuit", "round neckline"),
        gender="Women",
        title="Zink London Women White Self-Design Playsuit",
        category="Playsuit",
        color="White",
    ),
    # Photo: girl in a red-and-white gingham fit-and-flare dress, short puff sleeves, Peter Pan collar, white ankle
    # socks and red shoes, white backdrop. Caption: epoch-1 adapter. VQA fallback: is_a. Others: mdeberta spans.
    case(
        "X1451-024",
        caption(
            "The upper clothing has short sleeves, cotton fabric and lattice patterns. It has a lapel neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has lattice patterns. The lady "
            "wears socks.",
            hit_limit=True,
        ),
        wearing("socks", "contradiction"),
        color_of("dress", "lattice", "non_answer", kind="open"),
        pattern("dress", "lattice"),
        sleeves("dress", "short sleeves"),
        details("dress", "lapel neckline"),
        is_a(
            "dress",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        gender="Girls",
        title="612 league Girls Red Checked Fit and Flare Dress",
        category="Dresses",
        color="Red",
    ),
    # Photo: charcoal grey knitted jumper dress, long sleeves, turtle neck, knee length, black tights, black boots,
    # grey backdrop. Caption: epoch-1 adapter. VQA fallback: wearing, color. Other answers: mdeberta spans.
    case(
        "X1451-025",
        caption(
            "The upper clothing has long sleeves, knitted fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of medium short length. The fabric is knitted and it has pure color patterns. The lady "
            "wears socks. The",
            "cut",
            hit_limit=True,
        ),
        wearing(
            "a grey sweater dress and black tights and black boots and a grey sweater dress and black tights and black "
            "boots and a grey",
            "loop",
            hit_limit=True,
        ),
        color_of(
            "dress",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("knitted"),
        sleeves("dress", "long sleeves"),
        details("dress", "stand neckline"),
        pattern("dress", "pure color"),
        gender="Women",
        title="Marks & Spencer Women Charcoal Grey Solid Jumper Dress",
        category="Dresses",
        color="Charcoal",
    ),
    # Photo: magenta sequinned bodycon mini, sleeveless, V-neck, silver bracelet, silver heels, grey backdrop.
    # Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-026",
        caption(
            "The upper clothing has no sleeves, cotton fabric and complicated patterns. It has a V-shape neckline. The "
            "lower clothing is of medium short length. The fabric is cotton and it has complicated patterns. There is "
            "an accessory on her wrist. The lady",
            "cut",
            hit_limit=True,
        ),
        wearing("an accessory on her wrist", "contradiction"),
        color_of(
            "dress",
            "pink Question: What is the color of the dress? Answer: pink Question: What is the color of the dress? "
            "Answer: pink",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        material("cotton", "unsupported"),
        sleeves("dress", "no sleeves"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Lulu & Sky Women Magenta Sequinned Bodycon Dress",
        category="Dresses",
        color="Magenta",
    ),
    # Photo: girl in a blue sleeveless jumpsuit with a small white star print, long legs, pink sneakers, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: is_a. Other answers: mdeberta spans.
    case(
        "X1451-027",
        caption(
            "The lady wears a sleeveless tank top with graphic patterns. The tank top is with cotton fabric. The "
            "neckline of it is round. The lady wears a long pants. The pants are with cotton fabric and graphic "
            "patterns. There is",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with graphic patterns", "contradiction"),
        color_of("jumpsuit", "graphic", "non_answer", kind="open"),
        pattern("jumpsuit", "graphic"),
        sleeves("jumpsuit", "sleeveless"),
        is_a(
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        material("cotton"),
        gender="Girls",
        title="Pantaloons Junior Girls Blue Printed Jumpsuit",
        category="Jumpsuit",
        color="Blue",
    ),
    # Photo: coral smocked midi, short puff sleeves, square neck, a ring, rattan bag in hand, white backdrop.
    # Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-028",
        caption(
            "The upper clothing has short sleeves, cotton fabric and pure color patterns. It has a square neckline. "
            "The lower clothing is of long length. The fabric is cotton and it has pure color patterns. This lady "
            "wears a ring. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "dress",
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange "
            "orange orange orange orange orange orange orange orange orange orange orange orange orange orange orange",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "pure color"),
        sleeves("dress", "short sleeves"),
        details("dress", "square neckline"),
        material("cotton"),
        gender="Women",
        title="SASSAFRAS Women Coral Solid Smocked Midi Dress",
        category="Dresses",
        color="Coral",
    ),
    # Photo: burgundy lace sheath dress over a mesh lining, short sleeves, round neck, knee length, a cocktail ring,
    # gold clutch, grey backdrop. Caption: epoch-1 adapter. VQA fallback: color, is_a. Others: mdeberta spans.
    case(
        "X1451-029",
        caption(
            "The upper clothing has short sleeves, chiffon fabric and complicated patterns. It has a round neckline. "
            "The lower clothing is of medium short length. The fabric is chiffon and it has complicated patterns. "
            "This lady wears a ring on her finger.",
            hit_limit=True,
        ),
        wearing("a ring", "contradiction"),
        color_of(
            "dress",
            "red red red red red red red red red red red red red red red red red red red red red red red red red red "
            "red red red red",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "complicated"),
        sleeves("dress", "short sleeves"),
        is_a(
            "dress",
            "yes, this is a dress. yes, this is a dress. yes, this is a dress. yes, this is a dress. yes",
            "loop",
            hit_limit=True,
        ),
        details("dress", "round neckline"),
        gender="Women",
        title="Forever New Women Burgundy Lace Sheath Dress",
        category="Dresses",
        color="Burgundy",
    ),
    # Photo: black sleeveless crepe jumpsuit, V-neck, tapered legs, tie belt, holding a takeaway coffee cup, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: wearing, is_a. Other answers: mdeberta spans.
    case(
        "X1451-030",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt "
            "around her waist.",
            hit_limit=True,
        ),
        wearing(
            "a black jumpsuit with a black jumpsuit with a black jumpsuit with a black jumpsuit with a black jumpsuit "
            "with a black",
            "loop",
            hit_limit=True,
        ),
        color_of("jumpsuit", "pure color", "non_answer", kind="open"),
        pattern("jumpsuit", "pure color"),
        sleeves("jumpsuit", "no sleeves"),
        details("jumpsuit", "V-shape neckline"),
        material("cotton"),
        is_a(
            "jumpsuit",
            "yes Question: Is this a jumpsuit? Answer: yes Question: Is this a jumpsuit? Answer: yes Question: Is "
            "this a jumpsuit? Answer:",
            "leak",
            hit_limit=True,
        ),
        gender="Women",
        title="Tokyo Talkies Women Black Solid Jumpsuit with Belt",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: khaki utility jumpsuit, long sleeves rolled, shirt collar, front zip, chest pockets, belt, white
    # sneakers, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-031",
        caption(
            "The upper clothing has long sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. There is a belt "
            "around her waist. The upper",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "jumpsuit",
            "green green green green green green green green green green green green green green green green green "
            "green green green green green green green green green green green green green",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("jumpsuit", "long sleeves"),
        details("jumpsuit", "lapel neckline"),
        material("cotton"),
        pattern("jumpsuit", "pure color"),
        gender="Women",
        title="Mast & Harbour Women Khaki Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Khaki",
    ),
    # Photo: navy shift dress with a small white geometric print, three-quarter sleeves, round neck, knee length, a
    # watch, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Others: mdeberta spans.
    # (The feed left the colour out.)
    case(
        "X1451-032",
        caption(
            "This woman wears a medium-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The woman wears a medium short skirt. The skirt is with cotton fabric and graphic "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a medium-sleeve shirt", "contradiction"),
        color_of(
            "dress",
            "blue and white blue and white blue and white blue and white blue and white blue and white blue and white "
            "blue and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "graphic"),
        sleeves("dress", "medium-sleeve"),
        material("cotton"),
        details("dress", "round neckline"),
        gender="Women",
        title="Allen Solly Woman Navy Blue Printed Shift Dress",
        category="Dresses",
    ),
    # Photo: girl in a purple party dress, sleeveless sequinned bodice, knee-length tulle skirt, silver hairband, no
    # bracelet, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-033",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of long "
            "length. The fabric is chiffon and it has pure color patterns. The lady wears a hat. There is an "
            "accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a hat", "contradiction"),
        color_of(
            "dress",
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple "
            "purple purple purple purple purple purple purple purple purple purple purple purple purple purple purple",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("dress", "no sleeves"),
        material("chiffon"),
        pattern("dress", "pure color"),
        gender="Girls",
        title="Hopscotch Girls Purple Embellished Fit and Flare Party Dress",
        category="Dresses",
        color="Purple",
    ),
    # Photo: white wrap playsuit with blue and yellow flowers, long bell sleeves, V-neck, shorts, a ring, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: is_a. Other answers: mdeberta spans.
    case(
        "X1451-034",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and floral patterns. It has a V-shape neckline. The "
            "lower clothing is of three-point length. The fabric is chiffon and it has floral patterns. This lady "
            "wears a ring on her finger.",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of("playsuit", "floral", "non_answer", kind="open"),
        pattern("playsuit", "floral"),
        sleeves("playsuit", "long sleeves"),
        material("chiffon"),
        details("playsuit", "V-shape neckline"),
        is_a(
            "playsuit",
            "no no no no no no no no no no no no no no no no no no no no no no no no no no no no no no",
            "loop",
            hit_limit=True,
        ),
        gender="Women",
        title="Harpa Women Multicoloured Floral Print Wrap Playsuit",
        category="Playsuit",
        color="Multi",
    ),
    # Photo: white cotton schiffli-embroidered tiered midi, short sleeves, a light blue denim jacket over her
    # shoulders, tan sandals, beige backdrop. Caption: epoch-1 adapter. VQA fallback: color. Others: mdeberta spans.
    case(
        "X1451-035",
        caption(
            "The upper clothing has short sleeves, cotton fabric and complicated patterns. The lower clothing is of "
            "long length. The fabric is cotton and it has pure color patterns. This lady also wears an outer "
            "clothing, with denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("an outer clothing", "contradiction"),
        color_of(
            "dress",
            "blue denim jacket over a white dress with embroidery on the sleeves and the hem and a brown belt and "
            "brown sandals and a",
            "other_garment_color",
            kind="open",
            hit_limit=True,
        ),
        material("cotton"),
        pattern("dress", "complicated"),
        sleeves("dress", "short sleeves"),
        gender="Women",
        title="DressBerry Women White Schiffli Embroidered Tiered Dress",
        category="Dresses",
        color="White",
    ),
    # Photo: grey melange cotton T-shirt dress, short sleeves, round neck, knee length, a watch, white sneakers with
    # ankle socks, phone in hand, white backdrop. Caption: epoch-1 adapter. VQA fallback: color, is_a. Others:
    # mdeberta spans.
    case(
        "X1451-036",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The T-shirt is of long length. There is an accessory on her wrist. This woman "
            "wears socks. The",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        color_of(
            "dress",
            "grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey grey "
            "grey grey grey grey grey grey grey grey grey",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        material("cotton"),
        sleeves("dress", "short-sleeve"),
        is_a(
            "dress",
            "no Question: Is this a dress? Answer: no Question: Is this a dress? Answer: no Question: Is this a dress? "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        pattern("dress", "pure color"),
        gender="Women",
        title="Chemistry Women Grey Melange Solid T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
    ),
    # Photo: mauve midi, sheer long sleeves, high neck, accordion-pleated skirt, a bangle, nude heels, grey backdrop.
    # Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans. (The feed left gender out.)
    case(
        "X1451-037",
        caption(
            "The upper clothing has long sleeves, chiffon fabric and pure color patterns. It has a stand neckline. The "
            "lower clothing is of long length. The fabric is chiffon and it has striped patterns. There is an "
            "accessory on her wrist. The",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "dress",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "striped", "unsupported"),
        sleeves("dress", "long sleeves"),
        material("chiffon"),
        details("dress", "stand neckline"),
        title="RARE Women Mauve Solid Pleated Midi Dress",
        category="Dresses",
        color="Mauve",
    ),
    # Photo: black jumpsuit with a white leaf print, long sleeves, round neck, tapered legs, red handbag, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: color, is_a. Other answers: mdeberta spans.
    case(
        "X1451-038",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a round "
            "neckline. The lady wears a long pants. The pants are with chiffon fabric and floral patterns. There is "
            "an accessory on",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        color_of(
            "jumpsuit",
            "red and black and white and red and black and white and red and black and white and red and black and "
            "white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("jumpsuit", "floral"),
        sleeves("jumpsuit", "long-sleeve"),
        material("chiffon"),
        is_a(
            "jumpsuit",
            "yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes yes "
            "yes yes yes yes",
            "loop",
            hit_limit=True,
        ),
        details("jumpsuit", "round neckline"),
        gender="Women",
        title="Miss Chase Women Black Printed Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
    ),
    # Photo: girl in a pink-and-white horizontally striped sleeveless cotton jumpsuit, round neck, long legs, white
    # socks and sneakers, white backdrop. Caption: epoch-1 adapter. VQA fallback: is_a. Others: mdeberta spans.
    case(
        "X1451-039",
        caption(
            "The upper clothing has no sleeves, cotton fabric and striped patterns. It has a round neckline. The lower "
            "clothing is of long length. The fabric is cotton and it has striped patterns. The lady wears socks. The "
            "lady wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of("jumpsuit", "striped", "non_answer", kind="open"),
        pattern("jumpsuit", "striped"),
        sleeves("jumpsuit", "no sleeves"),
        material("cotton"),
        is_a(
            "jumpsuit",
            "yes it is a jumpsuit yes it is a jumpsuit yes it is a jumpsuit yes it is a jumpsuit yes it is a jumpsuit "
            "yes it",
            "loop",
            hit_limit=True,
        ),
        details("jumpsuit", "round neckline"),
        gender="Girls",
        title="Nautinati Girls Pink & White Striped Jumpsuit",
        category="Jumpsuit",
        color="Pink",
    ),
    # Photo: lime green ruffle-strap playsuit, sleeveless, square neck, shorts, sunglasses on, white sneakers, white
    # backdrop. Caption: epoch-1 adapter. VQA fallback: wearing, color. Other answers: mdeberta spans.
    case(
        "X1451-040",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a square neckline. The "
            "lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. This lady "
            "wears glasses.",
            hit_limit=True,
        ),
        wearing(
            "a green romper Question: What cloth is the person wearing? Answer: a green romper Question: What cloth is "
            "the person",
            "leak",
            hit_limit=True,
        ),
        color_of(
            "playsuit",
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow "
            "yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow yellow",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("playsuit", "pure color"),
        sleeves("playsuit", "no sleeves"),
        details("playsuit", "square neckline"),
        material("cotton"),
        gender="Women",
        title="Urbanic Women Lime Green Solid Ruffled Playsuit",
        category="Playsuit",
        color="Lime Green",
    ),
    # Photo: flat lay on white: light blue chambray dress, short sleeves, collar, button front, two patch pockets,
    # no belt. Caption: epoch-1 adapter. VQA fallback: wearing. Other answers: mdeberta spans.
    case(
        "X1451-041",
        caption(
            "The upper clothing has short sleeves, denim fabric and pure color patterns. It has a lapel neckline. The "
            "lower clothing is of medium short length. The fabric is denim and it has pure color patterns. There is a "
            "belt around her waist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "a blue denim dress with a collar and buttons and a blue denim dress with a collar and buttons and a blue "
            "denim dress",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "pure color", "non_answer", kind="open"),
        material("denim"),
        sleeves("dress", "short sleeves"),
        details("dress", "lapel neckline"),
        pattern("dress", "pure color"),
        gender="Girls",
        title="GAP Girls Blue Chambray Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: indigo cotton maxi with a white ethnic motif print, three-quarter sleeves, V-neck with tasselled tie,
    # oxidised earrings, no necklace, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Others: mdeberta.
    case(
        "X1451-042",
        caption(
            "The upper clothing has medium sleeves, cotton fabric and graphic patterns. It has a V-shape neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has graphic patterns. This female has "
            "neckwear. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("neckwear", "contradiction"),
        color_of(
            "dress",
            "blue and white blue and white blue and white blue and white blue and white blue and white blue and white "
            "blue and white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        pattern("dress", "graphic"),
        sleeves("dress", "medium sleeves"),
        material("cotton"),
        details("dress", "V-shape neckline"),
        gender="Women",
        title="Libas Women Blue Printed Maxi Dress",
        category="Dresses",
        color="Blue",
    ),
    # Photo: model with short hair in a brown shirt-style jumpsuit, short sleeves, collar, buttons, belt, wide legs,
    # white sneakers, white backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    # (The feed left the colour out.)
    case(
        "X1451-043",
        caption(
            "This man wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "There is a belt around his",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt", "contradiction"),
        color_of(
            "jumpsuit",
            "brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown brown "
            "brown brown brown brown brown brown brown brown brown brown brown brown brown",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("jumpsuit", "short-sleeve"),
        details("jumpsuit", "lapel neckline"),
        material("cotton"),
        pattern("jumpsuit", "pure color"),
        gender="Women",
        title="Stylecast Women Brown Solid Shirt-Style Jumpsuit",
        category="Jumpsuit",
    ),
    # Photo: black strappy slip midi with small red flowers worn over a white short-sleeve T-shirt, white sneakers,
    # grey backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-044",
        caption(
            "This woman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The woman wears a long skirt. The skirt is with chiffon fabric and floral "
            "patterns. There is an accessory",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", "contradiction"),
        color_of(
            "dress",
            "white and the dress is a black floral dress with a white t shirt underneath and white sneakers and the "
            "dress has thin straps",
            "other_garment_color",
            kind="open",
            hit_limit=True,
        ),
        sleeves("dress", "short-sleeve", "contradiction"),
        pattern("dress", "floral"),
        details("dress", "floral patterns"),
        gender="Women",
        title="Vero Moda Women Black Floral Print Slip Dress",
        category="Dresses",
        color="Black",
    ),
    # Photo: back view: cream sleeveless playsuit, open V back with a bow tie, shorts, brown block heels, beige
    # backdrop. Caption: epoch-1 adapter. VQA fallback: color. Other answers: mdeberta spans.
    case(
        "X1451-045",
        caption(
            "The upper clothing has no sleeves, chiffon fabric and pure color patterns. The lower clothing is of "
            "three-point length. The fabric is chiffon and it has pure color patterns. The fabric is chiffon and it "
            "has pure color patterns. The fabric is chiffon",
            "loop",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer"),
        color_of(
            "playsuit",
            "white white white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        sleeves("playsuit", "no sleeves"),
        pattern("playsuit", "pure color"),
        material("chiffon"),
        gender="Women",
        title="Kazo Women Cream-Coloured Solid Playsuit",
        category="Playsuit",
        color="Cream",
    ),
]
