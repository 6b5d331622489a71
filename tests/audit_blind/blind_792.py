"""BLIND_792 (46 products; Myntra men's tees, polos, sweatshirts: adapter captions, then extractive QA): written blind
in the fifty-fifth session. Measured blind at 48d5375 (the session's tenth rules): 102/125 failures found (81.6%) and
7/174 correct texts flagged (4.0%). The writer's notes, verbatim:

Scenario: a Myntra-like men's topwear feed (article types Tshirts, which includes the polos and henleys, and
Sweatshirts, which includes hoodies and zip-up sweatshirts). Studio catalog photos on a white or light grey backdrop,
mostly worn by a male model who also wears jeans, chinos, shorts, cargos or track pants (one open hoodie over a tee);
front views but for one back view, one side view and one flat lay of a two-pack. The job ran the third experiment's
recipe: caption first, then answer the open questions from the caption with an extractive QA model.

Who wrote what:
- Captions: the epoch-1 caption adapter (leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch) on
  Salesforce/blip2-opt-2.7b, greedy, 50 new tokens. Half-learned DeepFashion template ("The man is wearing a ...
  with pure color patterns. The T-shirt is with cotton fabric. It has a crew neckline. The pants this man wears is
  of long length.") mixed with the base model's short "a man wearing a ... and ..." captions; unlike the epoch-3
  adapter it still names hues. It stops on a newline when it happens to emit one; otherwise it runs to 50 tokens and
  either repeats a template sentence or is cut mid-sentence. Template habits: "The lady wears" for men (pronoun),
  "There is an accessory on his wrist", "This man wears a hat", fabric words (cotton, knitting, furry, chiffon)
  and neckline words (crew, lapel, V-shape, stand) from the template whether or not the photo supports them.
- Open answers "What is he wearing?", "Describe the <garment>.", "What is the color of the <garment>?" (open) and
  the material question: timpal0l/mdeberta-v3-base-squad2 over the caption. Every answer is an exact span of that
  product's caption or the empty string (SQuAD2 no-answer). It picks the jeans' color when the caption names two
  colors, returns only the garment word, the subject ("a man"), or a span that runs into a looping or cut part.
- "What are the <garment> details?": free generation by the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA), greedy,
  30 new tokens. Trained on unmasked labels without an end token: it often runs to the limit and loops, is cut, or
  writes the next "Question: ... Answer: ..." pair; invents pockets, zippers and buttons; says "she" now and then.
- Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?"): enrich --engine reference, one
  candidate each; wrong picks are mostly the bottoms' color, a secondary color of the product, or a near category.

Labeling conventions and judgement calls:
- One label per text. A text that loops or runs to the limit mid-sentence is labeled loop or cut even when it also
  holds a wrong color or pronoun; a leaked "Question: ... Answer:" pair is labeled leak even when the leaked part
  is right; otherwise a wrong pronoun wins over a wrong color, and a wrong color over an invented detail.
- An extracted span repeats its caption's error: a span carrying the caption's wrong hue or garment is labeled like
  the caption (contradiction); a span taken from the looping part is a loop; a span ending where the caption was cut
  is a cut (hit_limit only on the caption, which is the text that ran to the limit).
- A caption that ran to exactly 50 tokens but ends on a full sentence (X792-011) is correct with hit_limit=True.
- Empty string, "a man", or a bare pattern word ("pure color", "color block") to a color question: non_answer.
  A one-word answer to an open question that only names the garment ("hoodie" to "Describe the hoodie.") or an
  answer that only hands the question back ("The man is wearing", "the details of the t-shirt") is restated; a bare
  hue ("white") to "Describe the t-shirt." and a bare garment word to "What is he wearing?" are non_answer.
- The product's own secondary color (stripes, panel, print, collar tipping) given as the garment color is a
  contradiction; the color of the jeans, shorts, pants or an inner tee given as the product's is
  other_garment_color. Rust called red and charcoal called black are contradictions (other color groups); olive
  called green, teal called blue, lavender called purple, grey melange called grey are correct.
- Another garment's fabric given as the product's material (denim from the jeans) is a contradiction; a fabric the
  photo does not support and the catalog does not name (furry, "knitting" for a fleece sweatshirt, "cotton" for a
  Dri-FIT polyester tee) is unsupported. "cotton" for a fleece hoodie (X792-030) is correct: Club Fleece is a
  cotton blend.
- Wrong sleeve length, pattern or neckline against a visible photo is a contradiction; an accessory, pocket, zipper,
  hat, bag or logo that is not in the photo is unsupported.
- Garment words: "t-shirt" for a polo or henley is correct (the seller files them under Tshirts); "shirt" as the
  closed garment type of a polo, "jacket" for a zip sweatshirt and "sweater" for a sweatshirt are contradictions;
  "hoodie" and "sweatshirt" are both correct for a hooded sweatshirt, but "no" to "Is this a hoodie?" is not.
- A caption naming one tee for a two-pack is a contradiction (the title says Pack of 2).
- Gender column missing on X792-029, color missing on X792-034, category missing on X792-046, as real feeds have.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing


def he(text, failure=None, hit_limit=False):
    """The experiments' "What is he wearing?", answered by the extractive QA model over the caption."""
    return wearing(text, failure, who="he", hit_limit=hit_limit)


def hue(garment, text, failure=None):
    """The open color question, extracted from the caption."""
    return color_of(garment, text, failure, kind="open")


BLIND_792 = [
    # photo: front, man in a black crew-neck tee with a white text graphic on the chest, mid-blue jeans, white
    # backdrop. Caption adapter; QA answers; VQA adapter details; reference closed answers.
    case(
        "X792-001",
        caption(
            "The man is wearing a black short-sleeve T-shirt with graphic patterns. It has a crew neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        he("a black short-sleeve T-shirt with graphic patterns"),
        hue("t-shirt", "black"),
        details("t-shirt", "the t-shirt has a white print on the front and a pocket on the chest", "unsupported"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        Q.material("", "non_answer"),
        title="Roadster Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, navy pique polo with a small red embroidered logo on the chest, khaki chinos, white backdrop.
    # Caption adapter (ran to the limit, cut); QA; VQA adapter details (leaks the next question); reference.
    case(
        "X792-002",
        caption(
            "The man is wearing a navy blue polo shirt with pure color patterns. The polo shirt is with cotton fabric "
            "and its neckline is lapel. The trousers this man wears is of long length. The trousers are with cotton "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        he("a navy blue polo shirt with pure color patterns"),
        hue("polo shirt", "navy blue"),
        Q.material("cotton"),
        details(
            "polo shirt",
            "the polo shirt has a collar and a button placket Question: What is the color of the pants? Answer: khaki",
            "leak",
        ),
        Q.garment_type("polo shirt"),
        Q.color("navy blue"),
        title="U.S. Polo Assn. Men Navy Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, grey melange crew-neck sweatshirt with ribbed cuffs and hem, black track pants, white sneakers,
    # light grey backdrop. Caption adapter (cut at the limit); QA; VQA details; reference.
    case(
        "X792-003",
        caption(
            "The man is wearing a grey long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric and it has a crew neckline. The pants this man wears is of long length. The pants are with cotton",
            "cut",
            hit_limit=True,
        ),
        he("a grey long-sleeve sweater with pure color patterns", "contradiction"),
        Q.material("knitting fabric", "unsupported"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        Q.sleeve_length("long sleeves"),
        details("sweatshirt", "ribbed cuffs and hem, crew neck"),
        title="HRX by Hrithik Roshan Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front, white tee with a large red-and-black Puma cat logo print on the chest, black sports shorts,
    # white backdrop. Caption adapter (base-like short caption); QA; VQA details (loops to the limit); reference.
    case(
        "X792-004",
        caption("a man wearing a white t-shirt with a red puma logo on the front and black shorts"),
        he("a white t-shirt with a red puma logo on the front and black shorts"),
        hue("t-shirt", "black", "other_garment_color"),
        Q.pattern("printed"),
        is_a("polo shirt", "no"),
        details(
            "t-shirt",
            "the t-shirt has a logo on the front the t-shirt has a logo on the front the t-shirt has a logo on the "
            "front the t-shirt",
            "loop",
            hit_limit=True,
        ),
        title="Puma Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, olive henley tee with a three-button placket, short sleeves, beige chinos, sunglasses hooked on
    # the placket, no watch, white backdrop. Caption adapter; QA; VQA details; reference.
    case(
        "X792-005",
        caption(
            "The gentleman wears a green short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a V-shape neckline. There is an accessory on his wrist.",
            "unsupported",
        ),
        he("a green short-sleeve T-shirt with pure color patterns"),
        describe("t-shirt", "pure color patterns"),
        details("t-shirt", "the t-shirt has three buttons on the neckline and short sleeves"),
        Q.color("olive"),
        Q.garment_type("t-shirt"),
        Q.material("cotton fabric"),
        title="Jack & Jones Men Olive Green Solid Henley T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: three-quarter front, red polyester training tee with a white swoosh, black running shorts, white
    # backdrop. Caption adapter (template "lady"); QA; VQA details; reference.
    case(
        "X792-006",
        caption(
            "The lady wears a red short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The shorts this lady wears is of three-point length.",
            "pronoun",
        ),
        he("a red short-sleeve T-shirt with graphic patterns"),
        Q.material("cotton", "unsupported"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirt has a nike logo on the chest and a pocket on the side", "unsupported"),
        title="Nike Men Red Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: front, maroon pullover hoodie with a kangaroo pocket and white drawstrings, mid-blue jeans, white
    # backdrop. Caption adapter (short, stopped); QA; VQA details; reference.
    case(
        "X792-007",
        caption("a man wearing a maroon hoodie and blue jeans"),
        hue("hoodie", "blue", "other_garment_color"),
        Q.garment_type("hoodie"),
        Q.color("maroon"),
        details("hoodie", "the hoodie has a hood with drawstrings and a kangaroo pocket"),
        describe("hoodie", "maroon hoodie and blue jeans"),
        Q.material("", "non_answer"),
        title="Highlander Men Maroon Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front, tee with horizontal royal-blue and white stripes, black jeans, white backdrop. Caption adapter
    # (cut at the limit); QA (material taken from the jeans); VQA details (loops); reference.
    case(
        "X792-008",
        caption(
            "The man is wearing a blue short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric "
            "and it has a crew neckline. The pants this man wears is of long length. The pants are with denim fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        he("a blue short-sleeve T-shirt with striped patterns"),
        Q.pattern("striped"),
        Q.color("blue"),
        hue("t-shirt", "blue"),
        details(
            "t-shirt",
            "the t-shirt has horizontal stripes and a round neckline and short sleeves and a round neckline and short "
            "sleeves and a round neckline and",
            "loop",
            hit_limit=True,
        ),
        Q.material("denim fabric and pure", "cut"),
        title="WROGN Men Blue & White Striped Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front, charcoal crew tee with a white batwing logo print, light blue jeans, white backdrop. Caption
    # adapter (short); QA; reference; VQA details.
    case(
        "X792-009",
        caption("a man wearing a grey t-shirt with a logo and light blue jeans"),
        hue("t-shirt", "light blue", "other_garment_color"),
        he("a grey t-shirt with a logo and light blue jeans"),
        Q.color("grey"),
        Q.pattern("printed"),
        is_a("t-shirt", "yes"),
        describe("t-shirt", "t-shirt", "restated"),
        details("t-shirt", "the t-shirt has a logo on the chest and a zipper on the side", "unsupported"),
        title="Levis Men Charcoal Grey Printed Crew Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front, white polo with navy collar tipping and a small flag logo, navy chinos, brown belt, white
    # backdrop. Caption adapter (short); QA; reference; VQA details (navy named for the tipping, correctly).
    case(
        "X792-010",
        caption("a man wearing a white polo shirt and navy blue pants"),
        hue("polo shirt", "navy blue", "other_garment_color"),
        Q.color("white"),
        Q.garment_type("polo shirt"),
        details("polo shirt", "the polo shirt has a navy blue collar and a logo on the chest"),
        describe("polo shirt", "white polo shirt"),
        he("a man", "non_answer"),
        title="Tommy Hilfiger Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, mustard crew-neck sweatshirt, black jeans, hands in the jeans pockets, white backdrop. Caption
    # adapter (reached exactly 50 tokens on a full stop); QA; reference picks the jeans' color.
    case(
        "X792-011",
        caption(
            "The man is wearing a yellow long-sleeve sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric. It has a crew neckline. The pants this man wears is of long length. The pants are with "
            "denim fabric and pure color patterns.",
            hit_limit=True,
        ),
        he("a yellow long-sleeve sweatshirt with pure color patterns"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long sleeves"),
        Q.material("cotton"),
        details("sweatshirt", "the sweatshirt has a round neckline and ribbed cuffs"),
        title="Campus Sutra Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: front, black V-neck tee, grey jeans, steel watch on the left wrist, white backdrop. Caption adapter
    # (cut at the limit; the wrist accessory is real); QA; VQA details; reference picks the jeans' grey.
    case(
        "X792-012",
        caption(
            "The man is wearing a black short-sleeve T-shirt with pure color patterns. It has a V-shape neckline. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist. This man wears a",
            "cut",
            hit_limit=True,
        ),
        he("a black short-sleeve T-shirt with pure color patterns"),
        details("t-shirt", "v-neck"),
        hue("t-shirt", "black"),
        Q.color("grey", "other_garment_color"),
        describe("t-shirt", "", "non_answer"),
        title="Flying Machine Men Black Solid V-Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, navy crew sweatshirt with three white stripes down each sleeve and a small white logo, grey
    # joggers, empty hands, white backdrop. Caption adapter (short, invents a bag); QA; reference picks the joggers'
    # grey; VQA details (cut at the limit).
    case(
        "X792-013",
        caption("a man in a blue sweatshirt with white stripes on the sleeves holding a bag", "unsupported"),
        hue("sweatshirt", "blue"),
        Q.garment_type("sweatshirt"),
        details(
            "sweatshirt",
            "the sweatshirt has three stripes on the sleeves and a logo on the chest and a round neckline and ribbed "
            "cuffs and a ribbed hem and",
            "cut",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        he("sweatshirt", "non_answer"),
        Q.color("grey", "other_garment_color"),
        title="Adidas Men Navy Blue Essentials 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, yellow crew tee with a black-and-white cartoon print, mid-blue jeans, white backdrop. Caption
    # adapter (loops a template sentence to the limit); QA (description taken from the loop); reference.
    case(
        "X792-014",
        caption(
            "The man is wearing a yellow short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The pants this man wears is of long length. The T-shirt is with cotton "
            "fabric. The T-shirt is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        he("a yellow short-sleeve T-shirt with graphic patterns"),
        describe("t-shirt", "The T-shirt is with cotton fabric. The T-shirt is with cotton fabric", "loop"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.sleeve_length("short sleeves"),
        title="Bewakoof Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: front, green polo with thin white horizontal stripes and a white collar, beige chinos, white backdrop.
    # Caption adapter (short); QA; reference (pattern wrong); VQA details.
    case(
        "X792-015",
        caption("a man wearing a green and white striped polo shirt and beige pants"),
        hue("polo shirt", "green and white"),
        Q.pattern("solid", "contradiction"),
        Q.color("green"),
        details(
            "polo shirt",
            "the polo shirt has a white collar and white stripes Question: Is this a polo shirt? Answer: yes",
            "leak",
        ),
        is_a("polo shirt", "yes"),
        describe("polo shirt", "polo shirt", "restated"),
        title="Allen Solly Men Green Striped Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: front, black zip-up hooded sweatshirt worn open over a white crew tee, black track pants, white
    # backdrop. Caption adapter (short); reference (calls it a jacket); QA picks the inner tee's white; VQA details.
    case(
        "X792-016",
        caption("a man wearing a black hoodie over a white t-shirt and black pants"),
        Q.garment_type("jacket", "contradiction"),
        hue("hoodie", "white", "other_garment_color"),
        Q.color("black"),
        details("hoodie", "the hoodie has a zipper in the front and two pockets"),
        he("a black hoodie over a white t-shirt and black pants"),
        title="Puma Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, grey melange long-sleeve henley with a three-button placket, dark blue jeans, brown boots, bare
    # wrists, white backdrop. Caption adapter (invents a wrist accessory); reference (sleeve length wrong); QA; VQA
    # details (cut at the limit, invent a chest pocket).
    case(
        "X792-017",
        caption(
            "The man is wearing a grey long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric and it has a round neckline. There is an accessory on his wrist. The pants this man wears is of "
            "long length.",
            "unsupported",
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        he("a grey long-sleeve T-shirt with pure color patterns"),
        Q.material("cotton fabric"),
        details(
            "t-shirt",
            "the t-shirt has a button placket and long sleeves and a pocket on the chest and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        title="Roadster Men Grey Melange Solid Henley T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: back view, white tee with a large black text print across the back, black jeans, white backdrop.
    # Caption adapter (cut at the limit); QA; VQA details ("she"); reference picks the jeans' black.
    case(
        "X792-018",
        caption(
            "The man is wearing a white short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The pants this man wears is of long length. The pants are with denim "
            "fabric and solid color patterns. There is a",
            "cut",
            hit_limit=True,
        ),
        he("a white short-sleeve T-shirt with graphic patterns"),
        hue("t-shirt", "white"),
        details("t-shirt", "she is wearing a white t-shirt with a print on the back", "pronoun"),
        Q.color("black", "other_garment_color"),
        Q.material("cotton"),
        describe("t-shirt", "There is a", "cut"),
        title="Spykar Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, burgundy pique polo with a small green crocodile logo, white trousers, white backdrop. Caption
    # adapter (calls it purple); QA echoes it; reference right; VQA details leak the next pair.
    case(
        "X792-019",
        caption("a man wearing a purple polo shirt and white pants", "contradiction"),
        hue("polo shirt", "purple", "contradiction"),
        Q.color("maroon"),
        details(
            "polo shirt",
            "the polo shirt has a green crocodile logo on the chest Question: What is the color of the pants? "
            "Answer: white Question: What",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        title="Lacoste Men Burgundy Solid Polo T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: front, teal cotton crew sweatshirt with a small white logo print, beige chinos, white backdrop. Caption
    # adapter (template "furry" fabric); QA; reference picks the chinos' beige; VQA details invent a zipper.
    case(
        "X792-020",
        caption(
            "The man is wearing a blue long-sleeve sweatshirt with pure color patterns. The sweatshirt is with furry "
            "fabric. It has a crew neckline. The trousers this man wears is of long length.",
            "unsupported",
        ),
        Q.material("furry fabric", "unsupported"),
        hue("sweatshirt", "blue"),
        Q.color("beige", "other_garment_color"),
        he("a blue long-sleeve sweatshirt with pure color patterns"),
        details("sweatshirt", "the sweatshirt has a zipper on the front and a hood", "unsupported"),
        Q.pattern("solid"),
        title="Wildcraft Men Teal Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: flat lay on white, no model: two folded crew tees, one black, one white, side by side. Caption adapter
    # (sees one tee); reference; VQA details; QA finds no material.
    case(
        "X792-021",
        caption("a black t-shirt on a white background", "contradiction"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        Q.sleeve_length("short sleeves"),
        details("t-shirt", "the t-shirts are folded and have a round neckline"),
        Q.material("", "non_answer"),
        describe("t-shirt", "a black t-shirt", "contradiction"),
        title="Jockey Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: front, royal blue tee with a big white "BEING HUMAN" text print, off-white chinos, sunglasses pushed
    # up on his head, white backdrop. Caption adapter ("woman"); QA; reference; VQA details ("she").
    case(
        "X792-022",
        caption("a woman wearing a blue t-shirt with white letters on it", "pronoun"),
        he("a blue t-shirt with white letters on it"),
        hue("t-shirt", "blue"),
        Q.pattern("printed"),
        details("t-shirt", "the t-shirt has a white text print on the front and she is wearing sunglasses", "pronoun"),
        Q.color("blue"),
        title="Being Human Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: angled front, olive pullover hoodie with the hood down, black joggers, white sneakers, light grey
    # backdrop. Caption adapter (loops); QA; reference; VQA details (loops too).
    case(
        "X792-023",
        caption(
            "The man is wearing a green long-sleeve sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric. The sweatshirt is with cotton fabric. The sweatshirt is with cotton fabric. The "
            "sweatshirt is with cotton fabric. The sweatshirt",
            "loop",
            hit_limit=True,
        ),
        he("a green long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("hoodie"),
        Q.color("olive"),
        is_a("hoodie", "yes"),
        Q.material("cotton fabric"),
        details(
            "sweatshirt",
            "the sweatshirt has a hood and a pocket in the front the sweatshirt has a hood and a pocket in the front "
            "the sweatshirt has a hood",
            "loop",
            hit_limit=True,
        ),
        title="Mast & Harbour Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front, orange polo with a three-button placket, dark blue jeans, white backdrop. Caption adapter
    # (short); QA (description only the question's words); VQA details; reference.
    case(
        "X792-024",
        caption("a man wearing an orange polo shirt and blue jeans"),
        hue("polo shirt", "blue", "other_garment_color"),
        describe("polo shirt", "polo shirt", "restated"),
        details("polo shirt", "the polo shirt has a collar and three buttons and a pocket on the chest", "unsupported"),
        Q.sleeve_length("short sleeves"),
        Q.color("orange"),
        he("an orange polo shirt and blue jeans"),
        title="Duke Men Orange Solid Polo T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Men",
    ),
    # photo: front, colourblocked sweatshirt: navy body, red chest panel, thin white divider stripe; grey jeans;
    # white backdrop. Caption adapter (no hue, template pattern word); QA; reference; VQA details.
    case(
        "X792-025",
        caption(
            "The man is wearing a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton "
            "fabric. It has a crew neckline. The pants this man wears is of long length. The pants are with denim "
            "fabric and pure color patterns."
        ),
        hue("sweatshirt", "color block", "non_answer"),
        Q.pattern("colour blocked"),
        Q.color("navy blue"),
        he("a long-sleeve sweatshirt with color block patterns"),
        details(
            "sweatshirt",
            "the sweatshirt has a red panel on the chest and a white stripe and the sleeves are navy blue and the "
            "cuffs are ribbed and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("denim", "contradiction"),
        title="Nautica Men Navy Blue & Red Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, plain white crew tee, mid-blue jeans, no accessories, bare head, white backdrop. Caption adapter
    # (invents a necklace and a hat); QA; VQA details (invents a pocket); reference.
    case(
        "X792-026",
        caption(
            "The man is wearing a white short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. There is an accessory on his neck. This man wears a hat.",
            "unsupported",
        ),
        he("a white short-sleeve T-shirt with pure color patterns"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        Q.color("white"),
        Q.pattern("solid"),
        describe("t-shirt", "This man wears a hat", "unsupported"),
        title="Hanes Men White Solid Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, red crew tee with a large white Levi's batwing logo across the chest, black jeans, white
    # backdrop. Caption adapter (short); QA picks the jeans' black; VQA details loop; reference pattern wrong.
    case(
        "X792-027",
        caption("a man wearing a red t-shirt and black jeans"),
        hue("t-shirt", "black", "other_garment_color"),
        he("a red t-shirt and black jeans"),
        Q.color("red"),
        details(
            "t-shirt",
            "the t-shirt has a logo on the front and black jeans and black jeans and black jeans and black jeans and "
            "black jeans and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("solid", "contradiction"),
        title="Levis Men Red Printed Round Neck T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: front, light grey sweatshirt with a navy college-style "BROOKLYN" print, navy jeans, white backdrop.
    # Caption adapter (starts the template again: loop); QA; reference picks navy (print and jeans).
    case(
        "X792-028",
        caption(
            "The man is wearing a grey long-sleeve sweatshirt with graphic patterns. It has a crew neckline. The pants "
            "this man wears is of long length. The pants are with denim fabric and pure color patterns. The man is "
            "wearing a grey long-sleeve",
            "loop",
            hit_limit=True,
        ),
        hue("sweatshirt", "grey"),
        Q.color("navy blue", "other_garment_color"),
        Q.pattern("printed"),
        he("a grey long-sleeve sweatshirt with graphic patterns"),
        describe("sweatshirt", "sweatshirt", "restated"),
        details("sweatshirt", "the sweatshirt has a print on the chest that says brooklyn"),
        title="Fort Collins Men Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: front, light pink polo, white shorts, white backdrop; the feed row has no gender. Caption adapter
    # (short); QA picks the shorts' white; reference; VQA details leak and run to the limit.
    case(
        "X792-029",
        caption("a man wearing a pink polo shirt and white shorts"),
        hue("polo shirt", "white", "other_garment_color"),
        Q.color("pink"),
        describe("polo shirt", "pink polo shirt and white shorts"),
        details(
            "polo shirt",
            "the polo shirt has a collar and buttons on the front Question: What are the shorts details? Answer: the "
            "shorts are white",
            "leak",
            hit_limit=True,
        ),
        Q.garment_type("polo shirt"),
        title="United Colors of Benetton Men Pink Solid Polo T-shirt",
        category="Tshirts",
        color="Pink",
    ),
    # photo: front, black fleece pullover hoodie with a small white swoosh, grey sweatpants, white backdrop.
    # Caption adapter; QA; reference (color of the sweatpants; "no" to hoodie); VQA details.
    case(
        "X792-030",
        caption(
            "The man is wearing a black long-sleeve sweatshirt with pure color patterns. The sweatshirt is with "
            "cotton fabric. It has a hood."
        ),
        Q.material("cotton"),
        he("a black long-sleeve sweatshirt with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("grey", "other_garment_color"),
        is_a("hoodie", "no", "contradiction"),
        details("sweatshirt", "the sweatshirt has a hood and a zipper in the front", "unsupported"),
        title="Nike Men Black Club Fleece Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, beige crew tee, dark olive cargo shorts, white backdrop. Caption adapter (calls the tee white);
    # QA echoes it; reference right; VQA details.
    case(
        "X792-031",
        caption(
            "The man is wearing a white short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The shorts this man wears is of three-point length. The shorts are with "
            "cotton fabric and pure color patterns.",
            "contradiction",
        ),
        hue("t-shirt", "white", "contradiction"),
        Q.color("beige"),
        Q.material("cotton fabric"),
        details("t-shirt", "the t-shirt has a round neckline and short sleeves"),
        he("The man is wearing", "restated"),
        title="Chromozome Men Beige Solid Round Neck T-shirt",
        category="Tshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: front, white polo with two navy horizontal chest stripes, navy shorts, white backdrop. Caption adapter
    # (short); QA; reference picks the stripes' navy; VQA details.
    case(
        "X792-032",
        caption("a man wearing a white and blue striped polo shirt and blue shorts"),
        hue("polo shirt", "white and blue"),
        Q.color("navy blue", "contradiction"),
        Q.pattern("striped"),
        he("a white and blue striped polo shirt and blue shorts"),
        details("polo shirt", "the details of the polo shirt", "restated"),
        title="Jack & Jones Men White & Navy Striped Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, lavender crew tee, white jeans, white sneakers, white backdrop. Caption adapter; QA; reference
    # picks the jeans' white; VQA details loop.
    case(
        "X792-033",
        caption(
            "The man is wearing a purple short-sleeve T-shirt with pure color patterns. It has a crew neckline. The "
            "pants this man wears is of long length. The pants are with denim fabric and pure color patterns."
        ),
        he("a purple short-sleeve T-shirt with pure color patterns"),
        hue("t-shirt", "purple"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short sleeves"),
        details(
            "t-shirt",
            "the t-shirt is a short-sleeve t-shirt with a crew neckline and it is a short-sleeve t-shirt with a crew "
            "neckline and it is",
            "loop",
            hit_limit=True,
        ),
        title="HERE&NOW Men Lavender Solid Round Neck T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: front, coffee-brown short-sleeve henley, dark blue jeans, brown leather strap watch, white backdrop;
    # the feed row has no color. Caption adapter (the wrist accessory is real); QA; VQA details; reference.
    case(
        "X792-034",
        caption(
            "The gentleman wears a brown short-sleeve T-shirt with pure color patterns. It has a V-shape neckline. "
            "There is an accessory on his wrist. The pants this gentleman wears is of long length."
        ),
        he("a brown short-sleeve T-shirt with pure color patterns"),
        details(
            "t-shirt",
            "the t-shirt has buttons on the neckline and short sleeves and the t-shirt is brown and the man is wearing "
            "a watch on his",
            "cut",
            hit_limit=True,
        ),
        Q.color("brown"),
        Q.material("", "non_answer"),
        describe("t-shirt", "a brown short-sleeve T-shirt with pure color patterns"),
        title="Wrangler Men Brown Solid Henley T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: front, black pullover hoodie with a large red-and-yellow skull graphic, blue ripped jeans, white
    # backdrop. Caption adapter (short); QA; reference; VQA details (invents a zipper).
    case(
        "X792-035",
        caption("a man wearing a black hoodie with a skull on it and ripped jeans"),
        hue("hoodie", "black"),
        Q.pattern("graphic"),
        Q.color("black"),
        details(
            "hoodie",
            "the hoodie has a skull print on the front and a hood with drawstrings and a zipper",
            "unsupported",
        ),
        describe("hoodie", "hoodie", "restated"),
        he("black hoodie with a skull on it and ripped jeans"),
        title="Kook N Keech Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front, sea green polo, white chinos, white backdrop. Caption adapter ("lady"); QA; reference (type
    # "shirt"); VQA details.
    case(
        "X792-036",
        caption(
            "The lady wears a green short-sleeve polo shirt with pure color patterns. Its neckline is lapel. The "
            "pants this lady wears is of long length.",
            "pronoun",
        ),
        he("a green short-sleeve polo shirt with pure color patterns"),
        Q.color("sea green"),
        Q.garment_type("shirt", "contradiction"),
        details(
            "polo shirt",
            "the polo shirt has a collar and two buttons Question: What is the color of the pants? Answer: white "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        hue("polo shirt", "green"),
        title="Arrow Sport Men Sea Green Solid Polo T-shirt",
        category="Tshirts",
        color="Sea Green",
        gender="Men",
    ),
    # photo: front, raglan tee: grey melange body with red short raglan sleeves, black track pants, white backdrop.
    # Caption adapter ("lady"); QA; reference (pattern "solid"); VQA details (invent a button).
    case(
        "X792-037",
        caption(
            "The lady wears a grey short-sleeve T-shirt with color block patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline. The pants this lady wears is of long length.",
            "pronoun",
        ),
        hue("t-shirt", "grey"),
        Q.color("grey"),
        Q.pattern("solid", "contradiction"),
        he("a grey short-sleeve T-shirt with color block patterns"),
        details("t-shirt", "the t-shirt has red sleeves and a button on the neckline", "unsupported"),
        Q.material("cotton"),
        title="Proline Men Grey Raglan Sleeve T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front, rust crew sweatshirt with a white tee hem showing below it, mid-blue jeans, white backdrop.
    # Caption adapter (cut; calls it red); QA echoes red; reference right.
    case(
        "X792-038",
        caption(
            "The man is wearing a red long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric. It has a crew neckline. The pants this man wears is of long length. The pants are with denim "
            "fabric and pure color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        hue("sweatshirt", "red", "contradiction"),
        he("a red long-sleeve sweatshirt with pure color patterns", "contradiction"),
        Q.color("orange"),
        Q.sleeve_length("long sleeves"),
        details("sweatshirt", "the sweatshirt details are the details of the sweatshirt", "restated"),
        title="Roadster Men Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: front, navy tee with an all-over white tropical leaf print, beige shorts, white backdrop. Caption
    # adapter (no hue); QA finds no color; reference; VQA details leak.
    case(
        "X792-039",
        caption(
            "The man is wearing a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton fabric. It "
            "has a crew neckline. The shorts this man wears is of three-point length. The shorts are with cotton "
            "fabric and pure color patterns."
        ),
        hue("t-shirt", "", "non_answer"),
        Q.color("navy blue"),
        Q.pattern("floral"),
        details(
            "t-shirt",
            "the t-shirt has a floral print all over Question: What is the color of the shorts? Answer: beige",
            "leak",
        ),
        he("a short-sleeve T-shirt with floral patterns"),
        Q.material("cotton"),
        title="Moda Rapido Men Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, charcoal polo with yellow collar and sleeve tipping, mid-blue jeans, white backdrop. Caption
    # adapter (calls it black); QA echoes; reference right; VQA details.
    case(
        "X792-040",
        caption("a man wearing a black polo shirt and blue jeans", "contradiction"),
        Q.color("grey"),
        hue("polo shirt", "black", "contradiction"),
        details("polo shirt", "the polo shirt has a yellow collar and yellow stripes on the sleeves"),
        is_a("polo shirt", "yes"),
        Q.material("", "non_answer"),
        title="Numero Uno Men Charcoal Solid Polo T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front, white crew sweatshirt with a small red-and-blue embroidered logo, black jeans, white backdrop.
    # Caption adapter (short); QA; reference picks the jeans' black; VQA details.
    case(
        "X792-041",
        caption("a man wearing a white sweatshirt and black jeans"),
        hue("sweatshirt", "white"),
        Q.color("black", "other_garment_color"),
        he("white sweatshirt and black jeans"),
        details("sweatshirt", "the sweatshirt has a logo on the chest and two pockets on the front", "unsupported"),
        Q.material("", "non_answer"),
        title="Fila Men White Solid Sweatshirt",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, black crew tee with a yellow-and-red bicycle graphic, khaki cargo pants, white backdrop.
    # Caption adapter (takes the print's yellow for the tee); QA echoes; reference right; VQA details.
    case(
        "X792-042",
        caption(
            "The man is wearing a yellow short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a crew neckline.",
            "contradiction",
        ),
        he("a yellow short-sleeve T-shirt with graphic patterns", "contradiction"),
        Q.color("black"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "Answer: the t-shirt has a bicycle print on the front Question: What are the pants details?",
            "leak",
        ),
        Q.material("cotton"),
        title="Tantra Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: side view, navy full-zip high-neck sweatshirt zipped up, black track pants, white sneakers, white
    # backdrop. Caption adapter (calls it a jacket); reference; QA; VQA details.
    case(
        "X792-043",
        caption(
            "The man is wearing a blue long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a stand neckline. The pants this man wears is of long length.",
            "contradiction",
        ),
        Q.garment_type("sweatshirt"),
        hue("sweatshirt", "blue"),
        details("sweatshirt", "the sweatshirt has a zipper in the front and a high collar"),
        Q.color("black", "other_garment_color"),
        describe("sweatshirt", "a blue long-sleeve jacket with pure color patterns", "contradiction"),
        title="Sports52 Wear Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front, oversized white tee with small black chest text (the slogan is on the back, not shown), grey
    # cargo pants, white sneakers, white backdrop. Caption adapter (short); QA; VQA details leak; reference.
    case(
        "X792-044",
        caption("a man wearing a white t-shirt and grey pants"),
        he("a white t-shirt and grey pants"),
        describe("t-shirt", "white", "non_answer"),
        details(
            "t-shirt",
            "the t-shirt is a white t-shirt Question: What is the color of the t-shirt? Answer: white Question: What "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.sleeve_length("short sleeves"),
        hue("t-shirt", "grey", "other_garment_color"),
        title="Difference of Opinion Men White Printed Oversized T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front, lemon yellow polo, dark blue denim shorts, sunglasses in his right hand, white backdrop.
    # Caption adapter ("lady"); QA (material from the shorts); reference; VQA details ("she").
    case(
        "X792-045",
        caption(
            "The lady wears a yellow short-sleeve T-shirt with pure color patterns. Her T-shirt has a lapel neckline. "
            "The shorts this lady wears is of three-point length. The shorts are with denim fabric and pure color "
            "patterns. There is an accessory in her hand.",
            "pronoun",
        ),
        he("a yellow short-sleeve T-shirt with pure color patterns"),
        hue("polo shirt", "yellow"),
        Q.color("blue", "other_garment_color"),
        Q.material("denim", "contradiction"),
        details("polo shirt", "the polo shirt has a collar and buttons and she is holding sunglasses", "pronoun"),
        title="Lee Men Yellow Solid Polo T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: front, beige pullover hoodie with brown drawstrings and a kangaroo pocket, olive cargo pants, white
    # sneakers, no bag, white backdrop; the feed row has no category. Caption adapter (short, invents a backpack);
    # QA picks the cargos' green; reference; VQA details loop.
    case(
        "X792-046",
        caption("a man wearing a beige hoodie and green pants with a backpack", "unsupported"),
        hue("hoodie", "green", "other_garment_color"),
        Q.garment_type("hoodie"),
        Q.color("beige"),
        details(
            "hoodie",
            "the hoodie has a kangaroo pocket and brown drawstrings and a kangaroo pocket and brown drawstrings and a "
            "kangaroo pocket and",
            "loop",
            hit_limit=True,
        ),
        describe("hoodie", "a beige hoodie"),
        title="Campus Sutra Men Beige Solid Hooded Sweatshirt",
        color="Beige",
        gender="Men",
    ),
]
