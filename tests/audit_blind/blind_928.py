"""BLIND_928 (46 products; Myntra men's tees/polos/sweatshirts, caption+QA): written blind in the fifty-seventh session.
Measured blind at 139f19f (the session's sixth rules): 107/125 failures found (85.6%) and 0/176 correct texts flagged
(0.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts, polo t-shirts and sweatshirts/hoodies (Myntra files polos under
Tshirts and hoodies under Sweatshirts). Catalog photos on a white backdrop, mostly a male model in front or
three-quarter view wearing the product with jeans, chinos, shorts or joggers; a few layered (a tee under an open
bomber or an open denim shirt, a zip hoodie open over a white tee), one back view, one flat lay of a pack of two.
The job ran the third experiment's pipeline: one caption per photo, then the open questions answered by an
extractive QA model (timpal0l/mdeberta-v3-base-squad2) over that caption; closed questions by enrich's
`--engine reference`, which ranks the candidate values with BLIP-2 and picks one.

Who wrote what: captions come from three models, noted per product. The untuned Salesforce/blip2-opt-2.7b writes
short "a man wearing a navy blue t-shirt and blue jeans" captions with real hues, sometimes one color for two
garments, sometimes invented props (a watch, a zipper, a cup); prompted in the `Question: ... Answer:` format, it
sometimes goes on with a new "Question: ... Answer: ..." turn of its own. The caption adapter at epoch 3
(Data2_V2_Blip2_Finetune_Caption) writes the DeepFashion-MultiModal template: no hue at all, only patterns ("pure
color", "graphic", "striped", "color block", "floral"), "sweater" for sweatshirts, "shirt" with a "lapel
neckline" for polos, "The lady"/"Her"/"She" on men, invented accessories, and with no end token it loops or is cut
at 50 tokens. The epoch-1 adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) sits between: base-like sentences
with hues, but long, self-repeating and cut at the limit. Every open answer is a span the QA model took from that
caption (or the empty string, its no-answer), so open answers inherit every caption error; spans never hit a
limit themselves. Closed answers never loop or stop short but pick the wrong candidate: another garment's color,
the inner or outer layer's type, the wrong sleeve length or pattern.

Labeling conventions and judgement calls:
- One label per text. A caption or span that ran to its limit repeating itself is a loop; one that ran out
  without repeating is a cut; a text that carries the `Question: ... Answer:` format is a leak, whatever else it
  gets wrong. Otherwise the error that matters most for the product wins: an invented detail or a wrong color over
  a wrong pronoun (the looping "Her shirt ..." caption is a loop, "There is an accessory on her wrist" is
  unsupported).
- hit_limit=True on every caption that ran to the 50-token limit (loops, cuts, leaks that kept going); never on a
  span or a closed answer.
- DeepFashion vocabulary is accepted in captions and open answers: "sweater" for a sweatshirt, "shirt" with a
  "lapel neckline" for a polo, "jacket" for a zip hoodie worn open, "pure color patterns" for a plain garment with
  a small chest logo. A closed garment_type that picks "sweater", "jacket" or "shirt" where the candidates hold the
  right type is a contradiction, and so is a closed answer naming the layer under or over the product.
- An open color answer that names a DeepFashion pattern ("pure color", "pure color patterns") instead of a hue,
  an empty span, and a one-word span to a describe/details question ("hoodie", "white", "orange") are non_answer.
- A span that gives back the question itself (the QA model lifting "what is the man wearing?" out of a leaked
  caption) or only its subject and verb ("This gentleman is wearing") is restated.
- The color of a print, logo or trim given as the garment's color is a contradiction; the color of another worn
  garment (pants, shorts, jacket, overshirt, inner tee) given as the product's color is other_garment_color, for
  open and closed answers alike. A caption that gives the jeans the product's color (one color for two garments)
  is a contradiction even though the product's own color is right.
- Material: "cotton fabric" is accepted for plain jersey tees, pique polos and fleece sweatshirts whose title names
  no fabric; "denim" lifted from the jeans' sentence, and cotton for a title that says Dri-FIT, are unsupported.
  Invented pockets, hoods, zippers, hats, glasses, watches ("accessory on his wrist") and a V-neck on a crew neck
  are unsupported.
- "lady", "woman", "she", "her" for a Men row is pronoun. The long-haired model on X928-032 is still a man.
- Shades inside one color group are accepted: peach called pink, burgundy called maroon, rust called orange,
  lavender called purple, charcoal called dark grey, cobalt called blue. Oversized half sleeves are "short".
- The flat lay (X928-046) gets no wearing question; a pack of two is not asked a single color.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing


def he(text, failure=None, hit_limit=False):
    return wearing(text, failure, who="he", hit_limit=hit_limit)


printed = question("print", "What is printed on the garment?", "open")


BLIND_928 = [
    # photo: front view, man in a plain navy blue crew-neck t-shirt and light blue jeans, white backdrop.
    # Caption by untuned blip2-opt-2.7b; open answers extracted from it by mdeberta; closed by the reference engine.
    case(
        "X928-001",
        caption("a man wearing a navy blue t-shirt and blue jeans"),
        he("a navy blue t-shirt and blue jeans"),
        color_of("t-shirt", "navy blue", kind="open"),
        details("t-shirt", "", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        Q.sleeve_length("long", "contradiction"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, black crew-neck sweatshirt with a white "HRX" logo print on the chest, grey melange track
    # pants, white backdrop. Caption by the epoch-3 caption adapter (cut at 50 tokens); spans by mdeberta.
    case(
        "X928-002",
        caption(
            "This gentleman is wearing a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The pants this gentleman wears is of long length. The pants are with cotton "
            "fabric and pure color patterns. This gentleman",
            "cut",
            hit_limit=True,
        ),
        he("This gentleman is wearing", "restated"),
        color_of("sweatshirt", "pure color", "non_answer", kind="open"),
        Q.material("cotton fabric"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        title="HRX by Hrithik Roshan Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, olive green pique polo with a small white embroidered logo and two-button placket, beige
    # chinos, bare wrists, white backdrop. Caption by untuned blip2-opt-2.7b (invents a watch); spans by mdeberta.
    case(
        "X928-003",
        caption("a man in a green polo shirt and khaki pants with a watch on his wrist", "unsupported"),
        he("a green polo shirt and khaki pants"),
        color_of("polo shirt", "khaki", "other_garment_color", kind="open"),
        describe("polo shirt", "green polo shirt"),
        is_a("polo shirt", "yes"),
        Q.pattern("striped", "contradiction"),
        Q.sleeve_length("short"),
        title="U.S. Polo Assn. Men Olive Green Solid Polo T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, grey melange crew-neck sweatshirt with a small black Puma cat logo, black joggers, white
    # backdrop. Caption by the epoch-3 caption adapter, looping to the limit; spans by mdeberta.
    case(
        "X928-004",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The sweater is with cotton fabric. It has a round neckline. The sweater is "
            "with cotton fabric. It has a round",
            "loop",
            hit_limit=True,
        ),
        he("a long-sleeve sweater with pure color patterns"),
        details("sweatshirt", "round neckline. The sweater is with cotton fabric. It has a round neckline", "loop"),
        Q.material("cotton fabric"),
        Q.color("grey"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("long"),
        title="Puma Men Grey Melange Solid Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front view, red polyester training t-shirt with a small white swoosh, black shorts, white backdrop.
    # Caption by the epoch-3 caption adapter (calls the Dri-FIT tee cotton); spans by mdeberta.
    case(
        "X928-005",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        he("a short-sleeve T-shirt with pure color patterns"),
        Q.material("cotton fabric", "unsupported"),
        Q.color("red"),
        color_of("t-shirt", "black", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.sleeve_length("short"),
        title="Nike Men Red Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: front view, white crew-neck t-shirt with navy horizontal stripes, dark blue jeans, white backdrop.
    # Caption by the epoch-3 caption adapter ("The lady"); spans by mdeberta.
    case(
        "X928-006",
        caption(
            "The lady wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        he("a short-sleeve T-shirt with striped patterns"),
        describe("t-shirt", "The lady wears a short-sleeve T-shirt with striped patterns", "pronoun"),
        Q.pattern("striped"),
        Q.color("white"),
        Q.material("denim fabric", "unsupported"),
        is_a("polo shirt", "no"),
        title="Roadster Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, mustard yellow pullover hoodie with kangaroo pocket and white drawstrings, black jeans,
    # white backdrop. Caption by untuned blip2-opt-2.7b; spans by mdeberta.
    case(
        "X928-007",
        caption("a man wearing a yellow hoodie and black jeans"),
        he("a yellow hoodie and black jeans"),
        color_of("hoodie", "yellow", kind="open"),
        describe("hoodie", "hoodie", "non_answer"),
        Q.garment_type("sweatshirt"),
        Q.color("black", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Highlander Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: front view, navy blue polo with a solid white contrast collar, white chinos, white backdrop.
    # Caption by the epoch-1 caption adapter, repeating itself to the limit; spans by mdeberta.
    case(
        "X928-008",
        caption(
            "a man wearing a navy blue polo shirt with a white collar and white pants. the man is wearing a navy "
            "blue polo shirt with a white collar and white pants. the man is wearing a navy blue polo shirt with a "
            "white",
            "loop",
            hit_limit=True,
        ),
        he("a navy blue polo shirt with a white collar"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        details("polo shirt", "a white collar"),
        describe(
            "polo shirt",
            "a navy blue polo shirt with a white collar and white pants. the man is wearing a navy blue polo shirt",
            "loop",
        ),
        Q.pattern("solid"),
        Q.color("navy blue"),
        is_a("polo shirt", "yes"),
        title="Tommy Hilfiger Men Navy Blue Polo T-shirt with Contrast Collar",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, charcoal grey crew-neck t-shirt with a large white and orange motorcycle graphic, blue
    # jeans, white backdrop. Caption by the epoch-3 caption adapter, cut at the limit; spans by mdeberta.
    case(
        "X928-009",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. This man wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is an",
            "cut",
            hit_limit=True,
        ),
        he("a short-sleeve T-shirt with graphic patterns"),
        printed("graphic patterns"),
        color_of("t-shirt", "", "non_answer", kind="open"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("graphic"),
        Q.material("denim fabric", "unsupported"),
        title="Wrangler Men Charcoal Grey Printed Round Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, plain black pique polo, grey jeans, white backdrop. Caption by untuned blip2-opt-2.7b,
    # which gives the grey jeans the polo's black; spans by mdeberta.
    case(
        "X928-010",
        caption("a man in a black polo shirt and black jeans", "contradiction"),
        he("a black polo shirt and black jeans", "contradiction"),
        color_of("polo shirt", "black"),
        describe("polo shirt", "black polo shirt"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("short"),
        title="Jack & Jones Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, grey melange zip-up hoodie worn open over a plain white t-shirt, hood down, blue jeans,
    # white backdrop. Caption by the epoch-3 caption adapter, cut at the limit; spans by mdeberta.
    case(
        "X928-011",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "The jacket has a hood. The gentleman wears a short-sleeve T-shirt underneath. The gentleman wears a "
            "long pants. The pants are with denim",
            "cut",
            hit_limit=True,
        ),
        he("a long-sleeve jacket with pure color patterns"),
        details("hoodie", "The pants are with denim", "cut"),
        Q.garment_type("t-shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("long"),
        is_a("hoodie", "yes"),
        title="Nautica Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front view, royal blue crew-neck t-shirt with white "BEING HUMAN" lettering across the chest, black
    # trousers, white backdrop. Caption by untuned blip2-opt-2.7b, which starts a new Question/Answer turn.
    case(
        "X928-012",
        caption(
            "a man wearing a blue t-shirt with being human written on it Question: what is the man wearing? "
            "Answer: a blue t-shirt with being human written on it",
            "leak",
        ),
        he("a blue t-shirt with being human written on it"),
        details("t-shirt", "being human written on it"),
        color_of("t-shirt", "blue", kind="open"),
        describe("t-shirt", "what is the man wearing?", "restated"),
        Q.pattern("graphic"),
        Q.garment_type("t-shirt"),
        Q.color("black", "other_garment_color"),
        title="Being Human Men Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, navy crew-neck sweatshirt (no hood) with white three stripes down the sleeves, matching
    # navy track pants with white side stripes, white backdrop. Caption by the epoch-1 adapter (invents a hood).
    case(
        "X928-013",
        caption(
            "a man wearing a blue adidas sweatshirt with a hood and blue track pants with white stripes", "unsupported"
        ),
        he("a blue adidas sweatshirt"),
        describe("sweatshirt", "blue adidas sweatshirt"),
        details("sweatshirt", "a hood", "unsupported"),
        Q.color("navy blue"),
        is_a("sweatshirt", "yes"),
        Q.sleeve_length("short", "contradiction"),
        title="ADIDAS Men Navy Blue 3-Stripes Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, plain maroon crew-neck t-shirt, beige chinos, white sneakers, no watch, white backdrop.
    # Caption by the epoch-3 caption adapter ("The lady", an accessory that is not there); spans by mdeberta.
    case(
        "X928-014",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on her wrist.",
            "pronoun",
        ),
        he("a short-sleeve T-shirt with pure color patterns"),
        details("t-shirt", "There is an accessory on her wrist", "unsupported"),
        Q.color("maroon"),
        Q.material("cotton fabric"),
        Q.sleeve_length("short"),
        title="Mast & Harbour Men Maroon Solid Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: front view, white crew-neck t-shirt with a red Levi's batwing logo print on the chest, black jeans,
    # white backdrop. Caption by untuned blip2-opt-2.7b, which asks and answers its own question.
    case(
        "X928-015",
        caption(
            "a man wearing a white levi's t-shirt with a red logo Question: what color is the logo? Answer: red", "leak"
        ),
        he("a white levi's t-shirt with a red logo"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        details("t-shirt", "a red logo"),
        Q.color("white"),
        Q.pattern("graphic"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Levis Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, colourblocked sweatshirt: teal body, white chest panel, navy sleeves; black joggers; no
    # glasses; white backdrop. Caption by the epoch-3 caption adapter (invents glasses); spans by mdeberta.
    case(
        "X928-016",
        caption(
            "This man wears a long-sleeve sweater with color block patterns. The sweater is with cotton fabric. It "
            "has a round neckline. This man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. This man wears glasses.",
            "unsupported",
        ),
        he("a long-sleeve sweater with color block patterns"),
        details("sweatshirt", "It has a round neckline"),
        Q.color("navy blue", "contradiction"),
        Q.pattern("colourblocked"),
        Q.garment_type("sweatshirt"),
        Q.material("cotton fabric"),
        title="Campus Sutra Men Teal Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: three-quarter view, black polo with yellow collar tipping, grey shorts, hands in pockets, looking to
    # the side, white backdrop. Caption by the epoch-1 adapter, cut at the limit; spans by mdeberta.
    case(
        "X928-017",
        caption(
            "a man in a black polo shirt with yellow trim and grey shorts standing in front of a white wall with his "
            "hands in his pockets and looking to the side with a serious look on his face and a pair of",
            "cut",
            hit_limit=True,
        ),
        he("a black polo shirt with yellow trim and grey shorts"),
        color_of("polo shirt", "yellow", "contradiction", kind="open"),
        details("polo shirt", "yellow trim"),
        Q.color("black"),
        is_a("polo shirt", "yes"),
        title="Puma Men Black Solid Polo T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, grey melange pullover hoodie, olive cargo pants, white backdrop. Caption by untuned
    # blip2-opt-2.7b, one color for both garments; spans by mdeberta.
    case(
        "X928-018",
        caption("a man in a grey hoodie and grey pants", "contradiction"),
        he("a grey hoodie and grey pants", "contradiction"),
        color_of("hoodie", "grey"),
        Q.garment_type("jacket", "contradiction"),
        Q.sleeve_length("long"),
        title="Roadster Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front view, polo with sky blue and white horizontal stripes, navy chinos with a brown belt, white
    # backdrop. Caption by the epoch-3 caption adapter, cut at the limit; spans by mdeberta.
    case(
        "X928-019",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. The gentleman wears a",
            "cut",
            hit_limit=True,
        ),
        he("a short-sleeve shirt with striped patterns"),
        details("polo shirt", "It has a lapel neckline"),
        Q.pattern("striped"),
        Q.color("navy blue", "other_garment_color"),
        is_a("polo shirt", "no", "contradiction"),
        title="Harvard Men Blue & White Striped Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, grey fleece crew-neck sweatshirt (no zip) with a small black swoosh, black track pants,
    # white backdrop. Caption by untuned blip2-opt-2.7b (invents a zipper); spans by mdeberta.
    case(
        "X928-020",
        caption("a man wearing a grey nike sweatshirt with a zipper", "unsupported"),
        he("a grey nike sweatshirt"),
        details("sweatshirt", "a zipper", "unsupported"),
        Q.material("", "non_answer"),
        color_of("sweatshirt", "grey", kind="open"),
        Q.sleeve_length("long"),
        Q.garment_type("t-shirt", "contradiction"),
        title="Nike Men Grey Sportswear Club Fleece Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: front view, white crew-neck t-shirt with small black "ORIGINALS" lettering, worn under an open olive
    # bomber jacket, blue jeans, white backdrop. Caption by the epoch-1 adapter; spans by mdeberta.
    case(
        "X928-021",
        caption("a man wearing a green jacket over a white t-shirt and blue jeans"),
        he("a green jacket over a white t-shirt and blue jeans"),
        color_of("t-shirt", "green", "other_garment_color", kind="open"),
        details("t-shirt", "white", "non_answer"),
        Q.color("white"),
        Q.garment_type("jacket", "contradiction"),
        title="Jack & Jones Men White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, red pique polo with a small white embroidered logo, beige shorts, white backdrop.
    # Caption by the epoch-3 caption adapter ("Her shirt", "She"); spans by mdeberta.
    case(
        "X928-022",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. She wears "
            "a three-point shorts. The shorts are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        he("She wears a three-point shorts", "pronoun"),
        describe("polo shirt", "short sleeves, cotton fabric and pure color patterns"),
        details("polo shirt", "It has a lapel neckline"),
        color_of("polo shirt", "red"),
        Q.color("beige", "other_garment_color"),
        Q.sleeve_length("short"),
        Q.material("cotton fabric"),
        title="United Colors of Benetton Men Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: front view, navy blue pullover hoodie with large white "PUMA" lettering, grey joggers, white backdrop.
    # Caption by the epoch-1 adapter, repeating itself to the limit; spans by mdeberta.
    case(
        "X928-023",
        caption(
            "a man wearing a blue hoodie with the word puma on it and grey sweatpants, a man wearing a blue hoodie "
            "with the word puma on it and grey sweatpants, a man wearing a blue hoodie with the word",
            "loop",
            hit_limit=True,
        ),
        he("a blue hoodie with the word puma on it"),
        color_of("hoodie", "grey", "other_garment_color", kind="open"),
        printed("the word puma"),
        Q.color("navy blue"),
        is_a("hoodie", "yes"),
        title="Puma Men Navy Blue Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, black long-sleeve henley t-shirt with a three-button placket, khaki chinos, white
    # backdrop. Caption by untuned blip2-opt-2.7b, repeating to the limit; spans by mdeberta.
    case(
        "X928-024",
        caption(
            "a man wearing a black henley shirt and khaki pants and a black henley shirt and khaki pants and a black "
            "henley shirt and khaki pants and a black henley shirt and khaki pants and a black henley",
            "loop",
            hit_limit=True,
        ),
        he("a black henley shirt and khaki pants"),
        describe("t-shirt", "black henley shirt"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("t-shirt"),
        title="Roadster Men Black Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, peach (salmon) polo, white jeans, sunglasses hooked on the placket, white backdrop.
    # Caption by untuned blip2-opt-2.7b, going on with its own Question/Answer turns to the limit.
    case(
        "X928-025",
        caption(
            "a man wearing a pink polo shirt and white pants Question: what is the color of the polo shirt? Answer: "
            "pink Question: what is the color of the pants? Answer: white Question: what is the",
            "leak",
            hit_limit=True,
        ),
        he("a pink polo shirt and white pants"),
        color_of("polo shirt", "pink", kind="open"),
        describe("polo shirt", "what is the color of the polo shirt?", "restated"),
        details("polo shirt", "pink Question: what is the color of the pants? Answer: white", "leak"),
        Q.color("white", "other_garment_color"),
        is_a("polo shirt", "yes"),
        title="Allen Solly Men Peach-Coloured Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: front view, olive crew-neck t-shirt with an all-over camouflage print, black jeans, white backdrop.
    # Caption by the epoch-3 caption adapter (calls the camo floral); spans by mdeberta.
    case(
        "X928-026",
        caption(
            "This gentleman is wearing a short-sleeve T-shirt with floral patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The pants this gentleman wears is of long length. The pants are with "
            "denim fabric and pure color patterns.",
            "contradiction",
        ),
        he("a short-sleeve T-shirt with floral patterns", "contradiction"),
        Q.pattern("camouflage"),
        Q.color("olive"),
        Q.material("cotton fabric"),
        Q.sleeve_length("short"),
        title="WROGN Men Olive Green Camouflage Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, white pique polo with a small white-on-white embroidered logo and no pocket, navy shorts,
    # white backdrop. Caption by untuned blip2-opt-2.7b (invents a chest pocket); spans by mdeberta.
    case(
        "X928-027",
        caption("a man in a white polo shirt with a pocket on the chest and blue shorts", "unsupported"),
        he("a white polo shirt"),
        details("polo shirt", "a pocket on the chest", "unsupported"),
        color_of("polo shirt", "white"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        title="Tommy Hilfiger Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: three-quarter view, charcoal grey pullover hoodie, black joggers, white sneakers, hands in the kangaroo
    # pocket, head turned left, white backdrop. Caption by the epoch-1 adapter, cut at the limit.
    case(
        "X928-028",
        caption(
            "a man in a dark grey hoodie and black joggers with white sneakers standing in front of a white "
            "background with his hands in the pocket of the hoodie and his head turned to the left and his",
            "cut",
            hit_limit=True,
        ),
        he("a dark grey hoodie and black joggers"),
        color_of("hoodie", "black", "other_garment_color", kind="open"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        is_a("hoodie", "no", "contradiction"),
        title="HRX by Hrithik Roshan Men Charcoal Grey Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: front view, yellow crew-neck t-shirt with a black cartoon cassette-tape graphic, blue denim shorts,
    # white backdrop. Caption by the epoch-3 caption adapter ("The lady"); spans by mdeberta.
    case(
        "X928-029",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is round. The lady wears a three-point shorts. The shorts are with denim fabric "
            "and pure color patterns.",
            "pronoun",
        ),
        he("a short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "The neckline of the T-shirt is round"),
        Q.color("yellow"),
        Q.pattern("graphic"),
        Q.material("denim fabric", "unsupported"),
        title="Kook N Keech Men Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: front view, plain burgundy crew-neck sweatshirt with ribbed cuffs and hem, black jeans, white
    # backdrop. Caption by untuned blip2-opt-2.7b, repeating to the limit; spans by mdeberta.
    case(
        "X928-030",
        caption(
            "a man wearing a maroon sweatshirt and black jeans, a man wearing a maroon sweatshirt and black jeans, a "
            "man wearing a maroon sweatshirt and black jeans, a man wearing a maroon sweatshirt and black",
            "loop",
            hit_limit=True,
        ),
        he("a maroon sweatshirt and black jeans"),
        color_of("sweatshirt", "maroon", kind="open"),
        describe("sweatshirt", "maroon sweatshirt"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long"),
        is_a("sweatshirt", "no", "contradiction"),
        title="Mast & Harbour Men Burgundy Solid Sweatshirt",
        category="Sweatshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: front view, bright green pique polo with a small crocodile logo, white chinos, hand on hip, no watch,
    # white backdrop. Caption by the epoch-3 caption adapter, cut at the limit; spans by mdeberta.
    case(
        "X928-031",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and pure "
            "color patterns. There is an accessory on",
            "cut",
            hit_limit=True,
        ),
        he("a short-sleeve shirt with pure color patterns"),
        color_of("polo shirt", "pure color patterns", "non_answer", kind="open"),
        Q.color("white", "other_garment_color"),
        is_a("polo shirt", "yes"),
        Q.pattern("solid"),
        title="Lacoste Men Green Solid Polo T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: front view, male model with long hair tied back, black crew-neck t-shirt with white "JUST DO IT" and
    # swoosh print, grey track pants, white backdrop. Caption by untuned blip2-opt-2.7b ("a woman").
    case(
        "X928-032",
        caption("a woman wearing a black nike t-shirt with just do it written on it", "pronoun"),
        he("a black nike t-shirt"),
        printed("just do it"),
        Q.color("black"),
        color_of("t-shirt", "grey", "other_garment_color"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes"),
        title="Nike Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: three-quarter view, cobalt blue pullover hoodie with white drawstrings, medium blue jeans, white
    # backdrop. Caption by the epoch-1 adapter, repeating to the limit; spans by mdeberta.
    case(
        "X928-033",
        caption(
            "a man wearing a blue hoodie and blue jeans. the hoodie is blue. the jeans are blue. the hoodie is "
            "blue. the jeans are blue. the hoodie is blue. the jeans are blue. the hoodie is",
            "loop",
            hit_limit=True,
        ),
        he("a blue hoodie and blue jeans"),
        color_of("hoodie", "blue", kind="open"),
        details("hoodie", "the hoodie is blue. the jeans are blue. the hoodie is blue", "loop"),
        Q.garment_type("sweatshirt"),
        Q.sleeve_length("short", "contradiction"),
        title="Roadster Men Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, navy t-shirt with thin white pinstripes worn under an open light blue denim shirt, black
    # jeans, white backdrop. Caption by untuned blip2-opt-2.7b; spans by mdeberta.
    case(
        "X928-034",
        caption("a man wearing a denim shirt over a striped t-shirt"),
        he("a denim shirt over a striped t-shirt"),
        Q.garment_type("shirt", "contradiction"),
        color_of("t-shirt", "light blue", "other_garment_color"),
        Q.pattern("striped"),
        Q.material("denim", "unsupported"),
        title="Jack & Jones Men Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, white pique polo, navy chinos with a brown belt, white backdrop. Caption by the epoch-3
    # caption adapter ("The woman"); spans by mdeberta.
    case(
        "X928-035",
        caption(
            "The woman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The woman wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns. There is a belt.",
            "pronoun",
        ),
        he("a short-sleeve shirt with pure color patterns"),
        describe("polo shirt", "The woman wears a short-sleeve shirt", "pronoun"),
        details("polo shirt", "It has a lapel neckline"),
        color_of("polo shirt", "white"),
        Q.sleeve_length("short"),
        title="Arrow Sport Men White Solid Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: front view, black crew-neck sweatshirt with a large white and red FILA logo on the chest, blue jeans,
    # white backdrop. Caption by untuned blip2-opt-2.7b, going on with its own Question/Answer turn to the limit.
    case(
        "X928-036",
        caption(
            "a man wearing a black sweatshirt with the fila logo on it Question: what is the man wearing? Answer: a "
            "black sweatshirt with the fila logo on it Question: what is the man",
            "leak",
            hit_limit=True,
        ),
        wearing("what is the man wearing?", "restated", who="the man"),
        color_of("sweatshirt", "black", kind="open"),
        details("sweatshirt", "the fila logo on it Question:", "leak"),
        Q.garment_type("sweatshirt"),
        Q.pattern("graphic"),
        title="FILA Men Black Printed Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: front view, plain grey melange crew-neck t-shirt, navy track pants, white backdrop. Caption by
    # untuned blip2-opt-2.7b; spans by mdeberta. The feed row has no category.
    case(
        "X928-037",
        caption("a man wearing a grey t-shirt and blue pants"),
        he("a grey t-shirt and blue pants"),
        color_of("t-shirt", "grey", kind="open"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("short"),
        title="Proline Men Grey Melange Solid Round Neck T-shirt",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: front view, brown crew-neck t-shirt with a cream auto-rickshaw print, olive cargo shorts, no hat,
    # white backdrop. Caption by the epoch-3 caption adapter (V-neck and hat invented); spans by mdeberta.
    case(
        "X928-038",
        caption(
            "This man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a V-shape neckline. This man wears a shorts. The shorts are with cotton fabric and pure color patterns. "
            "This man wears a hat.",
            "unsupported",
        ),
        he("a short-sleeve T-shirt with graphic patterns"),
        details("t-shirt", "It has a V-shape neckline", "unsupported"),
        Q.color("olive", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.material("cotton fabric"),
        title="Tantra Men Brown Printed Round Neck T-shirt",
        category="Tshirts",
        color="Brown",
        gender="Men",
    ),
    # photo: front view, light blue pique polo with a small white logo on the chest, white shorts, white sneakers,
    # one hand in pocket, white backdrop. Caption by the epoch-1 adapter, cut at the limit; spans by mdeberta.
    case(
        "X928-039",
        caption(
            "a man wearing a light blue polo shirt with a small white logo on the chest, white shorts and white "
            "sneakers, standing with one hand in his pocket against a plain white background, looking at the camera "
            "with a slight",
            "cut",
            hit_limit=True,
        ),
        he("a light blue polo shirt with a small white logo on the chest"),
        color_of("polo shirt", "white", "other_garment_color", kind="open"),
        details("polo shirt", "a small white logo on the chest"),
        Q.color("blue"),
        is_a("polo shirt", "yes"),
        Q.sleeve_length("long", "contradiction"),
        title="Nautica Men Blue Solid Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: front view, plain navy blue crew-neck sweatshirt, grey chinos, bare wrists, white backdrop. Caption
    # by the epoch-3 caption adapter (an accessory that is not there); spans by mdeberta.
    case(
        "X928-040",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        he("a long-sleeve sweater with pure color patterns"),
        details("sweatshirt", "an accessory on his wrist", "unsupported"),
        Q.material("cotton fabric"),
        Q.color("grey", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        title="Monte Carlo Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: front view, plain olive green crew-neck t-shirt with a left chest pocket, black track pants, white
    # backdrop. Caption by untuned blip2-opt-2.7b; spans by mdeberta.
    case(
        "X928-041",
        caption("a man in an olive green t-shirt with a pocket"),
        he("an olive green t-shirt with a pocket"),
        details("t-shirt", "a pocket"),
        color_of("t-shirt", "olive"),
        Q.sleeve_length("short"),
        Q.pattern("solid"),
        title="Chkokko Men Olive Green Solid Round Neck Pocket T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: front view, white crew-neck sweatshirt with blue and red logo tape down each sleeve, navy track pants,
    # white backdrop. Caption by the epoch-1 adapter ("a woman"); spans by mdeberta.
    case(
        "X928-042",
        caption("a woman in a white sweatshirt with a blue and red stripe down the sleeve and blue pants", "pronoun"),
        he("a white sweatshirt with a blue and red stripe down the sleeve"),
        color_of("sweatshirt", "blue", "other_garment_color", kind="open"),
        details("sweatshirt", "a blue and red stripe down the sleeve"),
        Q.color("white"),
        Q.sleeve_length("long"),
        Q.garment_type("jacket", "contradiction"),
        title="Kappa Men White Solid Sweatshirt with Taped Sleeves",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: back view, black oversized drop-shoulder t-shirt with large white lettering across the back, black
    # shorts, white backdrop. Caption by untuned blip2-opt-2.7b with its own Question/Answer turn. No gender column.
    case(
        "X928-043",
        caption(
            "the back of a man wearing a black t-shirt with white writing on the back Question: what is written on "
            "the back of the t-shirt? Answer: the name of the brand",
            "leak",
        ),
        he("a black t-shirt with white writing on the back"),
        printed("what is written on the back of the t-shirt?", "restated"),
        color_of("t-shirt", "white", "contradiction"),
        Q.sleeve_length("short"),
        Q.garment_type("t-shirt"),
        title="Difference of Opinion Men Black Typography Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
    ),
    # photo: front view, plain lavender pique polo, white jeans, white backdrop. Caption by the epoch-3 caption
    # adapter ("Her shirt", looping to the limit); spans by mdeberta. The feed row has no color.
    case(
        "X928-044",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. Her shirt "
            "has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. Her shirt has short "
            "sleeves, cotton fabric and",
            "loop",
            hit_limit=True,
        ),
        he("", "non_answer"),
        describe("polo shirt", "short sleeves, cotton fabric and pure color patterns"),
        color_of("polo shirt", "pure color", "non_answer", kind="open"),
        Q.color("purple"),
        is_a("polo shirt", "yes"),
        title="HERE&NOW Men Lavender Solid Polo Collar T-shirt",
        category="Tshirts",
        gender="Men",
    ),
    # photo: front view, plain rust orange crew-neck sweatshirt, dark blue jeans, white sneakers, empty hands,
    # white backdrop. Caption by untuned blip2-opt-2.7b (invents a coffee cup); spans by mdeberta.
    case(
        "X928-045",
        caption("a man in an orange sweatshirt and jeans holding a cup of coffee", "unsupported"),
        he("an orange sweatshirt and jeans"),
        describe("sweatshirt", "orange", "non_answer"),
        color_of("sweatshirt", "rust"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("sweatshirt"),
        Q.pattern("solid"),
        title="Campus Sutra Men Rust Orange Solid Sweatshirt",
        category="Sweatshirts",
        color="Rust",
        gender="Men",
    ),
    # photo: flat lay, no model: two folded short-sleeve crew-neck t-shirts, one black and one white, on a white
    # backdrop. Caption by untuned blip2-opt-2.7b with its own Question/Answer turn; spans by mdeberta.
    case(
        "X928-046",
        caption(
            "two t-shirts, one black and one white, on a white background Question: what color are the t-shirts? "
            "Answer: black and white",
            "leak",
        ),
        describe("t-shirt", "one black and one white"),
        color_of("t-shirt", "what color are the t-shirts?", "restated", kind="open"),
        Q.garment_type("t-shirt"),
        Q.pattern("solid"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("long", "contradiction"),
        title="Ether Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
]
