"""BLIND_1294 (46 products; Myntra men's winterwear, epoch-1 caption adapter + extractive QA): written blind in the
sixty-third session. Measured blind at 5ce7a6b (the session's first rules): 73/95 failures found (76.8%) and 5/172
correct texts flagged (2.9%). The writer's notes, verbatim:

Scenario: a Myntra men's winterwear feed (Jackets, Sweatshirts, Sweaters, Blazers, Nehru Jackets). Catalog photos:
a male model on a plain backdrop wearing the product over a tee, shirt or kurta with jeans, chinos or joggers; two
flat lays, one back view, a few props (coffee cup, backpack, bicycle, leather folio, stool). Titles follow Myntra's
"Brand Men Colour Pattern Article" form; category is the article type, color the base colour, gender "Men"; a few
products leave a column out as feeds do.
Who wrote what: every caption comes from BLIP-2 OPT-2.7b with the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch), greedy, 50 new tokens. Every answer is a span that the extractive QA
model (mdeberta-v3-base-squad2) picked out of that caption, so answers can only repeat caption words; an empty
string is the QA model's no-answer. The caption is in the DeepFashion-MultiModal template: patterns instead of hues
("pure color", "lattice", "color block"), fabrics from its short list (cotton, knitting, denim, leather, furry), and
the trousers always described after the top. No end token was trained, so about half the captions run to 50 tokens
and stop mid-sentence and a few loop; the ones that stop on their own stop because the base model's newline habit
survives one epoch of LoRA. Hue words are rare and come from the base model ("navy blue", "white T-shirt inside").
Labeling conventions and judgement calls: judged against the imagined photo and the title. The color question gets
"pure color" / "color block" / "graphic patterns" or nothing, since the caption has no hue: labeled non_answer. A
caption with two faults carries one label: a loop first, then a wrong garment, wrong pronoun, invented item or
material that the title contradicts, and a plain cut last (hit_limit stays True whatever the label). "sweater" for
a sweatshirt or hoodie, "shirt" or "T-shirt" for a blazer, jacket or sweatshirt, and a Nehru jacket described by
the kurta or shirt under it are contradictions; "jacket" for a blazer, "vest" for a Nehru jacket and "sweater" for a
cardigan are accepted. A pattern or sleeve length taken from the garment underneath (striped shirt under a plain
pullover, long-sleeve shirt under a sleeveless vest, checked trousers) is a contradiction; a color taken from the
tee under a jacket is other_garment_color. Material: "cotton" is left unmarked when the photo cannot tell (blazers,
twill, fleece), marked unsupported when the photo plainly shows a synthetic shell or knit (puffers, rain jacket,
quilted nylon, sweater vest), and a contradiction when the title names another fabric (woollen, tweed, faux
leather, denim). "lattice" for checks, argyle and diamond quilting is accepted. A closed question answered with a
whole caption sentence is restated; a span that is not about the garment at all ("The man", the bicycle) is a
non_answer. "The person wears" on a flat lay is left alone unless the caption goes on to invent trousers. No prompt
leaks: the QA model is extractive and the caption prompt is empty.
"""

from tests.audit_corpus import BLIND_QUESTIONS as B
from tests.audit_corpus import DEFAULT_QUESTIONS as D
from tests.audit_corpus import caption, case, wearing

BLIND_1294 = [
    # 001 truth: model on grey backdrop, navy quilted puffer (shiny nylon shell, stand collar) half-zipped over a
    # white crew tee, blue jeans. Caption: epoch-1 adapter, ran to 50 tokens. Answers: extractive QA over it.
    case(
        "X1294-001",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The trousers this man wears is of long length. The trousers are with denim fabric and "
            "pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton", "unsupported"),
        gender="Men",
        title="Roadster Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 002 truth: black pullover hoodie, hood down, kangaroo pocket, black joggers, white sneakers, white backdrop.
    # Caption: epoch-1 adapter, stopped on its own, calls the hoodie a sweater. Answers: extractive QA.
    case(
        "X1294-002",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "pants "
            "this man wears is of long length. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with pure color patterns", "contradiction"),
        B.garment_type("sweater", "contradiction"),
        B.material("cotton"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Black Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 003 truth: grey melange V-neck pullover over a white shirt (collar out), navy chinos. Caption: epoch-1 adapter,
    # short and right. Answers: extractive QA.
    case(
        "X1294-003",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It "
            "has a V-shape neckline. The gentleman wears a long trousers."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        B.garment_type("sweater"),
        B.color("pure color", "non_answer"),
        B.material("knitting"),
        D.details("It has a V-shape neckline"),
        gender="Men",
        title="Louis Philippe Men Grey Melange Solid Pullover",
        category="Sweaters",
        color="Grey Melange",
    ),
    # 004 truth: beige-and-brown checked casual blazer, open, over a white crew tee, black jeans. Caption: epoch-1
    # adapter, one base-model hue ("white T-shirt inside"), cut at 50 tokens. Answers: extractive QA; the color span
    # is the tee's.
    case(
        "X1294-004",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. The "
            "neckline is "
            "lapel. He wears a white T-shirt inside. The trousers this man wears is of long length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.color("white", "other_garment_color"),
        B.pattern("lattice"),
        B.material("cotton"),
        D.details("The neckline is lapel"),
        gender="Men",
        title="Mast & Harbour Men Beige & Brown Checked Single-Breasted Casual Blazer",
        category="Blazers",
        color="Beige",
    ),
    # 005 truth: maroon jacquard Nehru jacket (gold buta motifs, sheen) over a plain cream kurta, white churidar.
    # Caption: epoch-1 adapter describes the kurta as a shirt and ignores the jacket; ran to 50 tokens. Answers:
    # extractive QA, all about the kurta.
    case(
        "X1294-005",
        caption(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.material("cotton", "unsupported"),
        gender="Men",
        title="Manyavar Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
    ),
    # 006 truth: mustard cable-knit crew-neck pullover, olive chinos, holding a coffee cup. Caption: epoch-1 adapter,
    # cut at 50 tokens. Answers: extractive QA, all right.
    case(
        "X1294-006",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a "
            "round neckline. The trousers this man wears is of long length. The trousers are with cotton fabric and "
            "pure "
            "color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater"),
        B.garment_type("sweater"),
        B.material("knitting"),
        B.pattern("pure color"),
        D.details("It has a round neckline"),
        gender="Men",
        title="Roadster Men Mustard Cable Knit Pullover",
        category="Sweaters",
        color="Mustard",
    ),
    # 007 truth: olive matte-twill bomber, open over a black tee, black jeans. Caption: epoch-1 adapter, calls the
    # man "the lady". Answers: extractive QA.
    case(
        "X1294-007",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.material("cotton"),
        B.sleeve_length("long-sleeve"),
        B.color("pure color", "non_answer"),
        gender="Men",
        title="WROGN Men Olive Green Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
    ),
    # 008 truth: grey melange crew sweatshirt, big chest print "BROOKLYN 1987", navy joggers. Caption: epoch-1
    # adapter calls it a T-shirt, and runs to 50 tokens. Answers: extractive QA.
    case(
        "X1294-008",
        caption(
            "This man wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color "
            "patterns. This man",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("T-shirt", "contradiction"),
        B.pattern("graphic"),
        B.material("cotton"),
        D.description("a long-sleeve T-shirt with graphic patterns", "contradiction"),
        gender="Men",
        title="Campus Sutra Men Grey Melange Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 009 truth: navy formal blazer, light blue shirt, navy trousers, white pocket square. Caption: epoch-1 adapter,
    # right. Answers: extractive QA; fabric cannot be told from the photo.
    case(
        "X1294-009",
        caption(
            "The gentleman wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "neckline of it is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure "
            "color patterns."
        ),
        B.garment_type("jacket"),
        D.details("The neckline of it is lapel"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        gender="Men",
        title="Louis Philippe Men Navy Blue Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 010 truth: beige cotton Nehru jacket over a white kurta, white pyjama. Caption: epoch-1 adapter, right but cut.
    # Answers: extractive QA. The feed has no colour column for this one.
    case(
        "X1294-010",
        caption(
            "This man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "standing neckline. He wears a long-sleeve shirt inside. The trousers this man wears is of long length. "
            "The "
            "trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        B.material("cotton"),
        B.pattern("pure color"),
        gender="Men",
        title="Fabindia Men Beige Solid Cotton Nehru Jacket",
        category="Nehru Jackets",
    ),
    # 011 truth: navy crew-neck pullover with white chest stripes, blue jeans. Caption: epoch-1 adapter, right.
    # Answers: extractive QA; no hue in the caption, so the color question gets no answer.
    case(
        "X1294-011",
        caption(
            "The man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater with striped patterns"),
        B.garment_type("sweater"),
        B.pattern("striped"),
        B.material("knitting"),
        B.color("", "non_answer"),
        gender="Men",
        title="U.S. Polo Assn. Men Navy Blue Striped Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # 012 truth: mid-blue washed denim trucker jacket over a white tee, black chinos. Caption: epoch-1 adapter calls it
    # a shirt and loops to the limit. Answers: extractive QA.
    case(
        "X1294-012",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. The shirt is "
            "with denim fabric. The shirt is with denim fabric. The shirt is with denim fabric. The shirt is with "
            "denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.material("denim"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Highlander Men Blue Washed Denim Jacket",
        category="Jackets",
        color="Blue",
    ),
    # 013 truth: flat lay, red crew sweatshirt with a white Puma cat logo on the chest, no person. Caption: epoch-1
    # adapter invents a wearer and his pants. Answers: extractive QA.
    case(
        "X1294-013",
        caption(
            "The person wears a long-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. The pants this person wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "unsupported",
        ),
        B.garment_type("T-shirt", "contradiction"),
        B.pattern("graphic"),
        B.material("cotton"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Puma Men Red Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
    ),
    # 014 truth: charcoal knitted V-neck sleeveless sweater vest over a white long-sleeve formal shirt, grey trousers.
    # Caption: epoch-1 adapter describes the shirt (only the V-neck is the vest's), cut. Answers: extractive QA.
    case(
        "X1294-014",
        caption(
            "This gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline of it is V-shape. The trousers this gentleman wears is of long length. The trousers are with "
            "cotton fabric and",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.material("cotton", "unsupported"),
        D.details("The neckline of it is V-shape"),
        B.color("pure color", "non_answer"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Sleeveless Sweater Vest",
        category="Sweaters",
        color="Charcoal",
    ),
    # 015 truth: black formal blazer, white shirt, black trousers, steel watch visible at the cuff. Caption: epoch-1
    # adapter, right, stopped on its own. Answers: extractive QA; the type question got a whole sentence.
    case(
        "X1294-015",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The "
            "neckline is lapel. The man wears a long trousers. There is an accessory on his wrist."
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("The man wears a long-sleeve jacket with pure color patterns", "restated"),
        B.color("pure color", "non_answer"),
        D.details("The neckline is lapel"),
        B.material("cotton"),
        gender="Men",
        title="Blackberrys Men Black Solid Slim-Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Black",
    ),
    # 016 truth: black faux-leather biker jacket, grey tee, black jeans. Caption: epoch-1 adapter, cut at 50 tokens.
    # Answers: extractive QA; "leather" where the title says faux leather.
    case(
        "X1294-016",
        caption(
            "The guy wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The trousers this guy wears is of long length. The trousers are with denim fabric and "
            "pure "
            "color patterns. This guy",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket"),
        B.garment_type("jacket"),
        B.material("leather", "contradiction"),
        B.sleeve_length("long-sleeve"),
        D.details("It has a lapel neckline"),
        gender="Men",
        title="Fort Collins Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
    ),
    # 017 truth: teal crew-neck fleece sweatshirt, beige chinos, model sitting on a wooden stool. Caption: epoch-1
    # adapter, right. Answers: extractive QA.
    case(
        "X1294-017",
        caption(
            "This man wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton fabric. "
            "It "
            "has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns"),
        B.garment_type("sweatshirt"),
        B.color("pure color", "non_answer"),
        B.material("cotton"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="HERE&NOW Men Teal Solid Sweatshirt",
        category="Sweatshirts",
        color="Teal",
    ),
    # 018 truth: maroon V-neck button cardigan, open over a white tee, blue jeans. Caption: epoch-1 adapter, right.
    # Answers: extractive QA. Gender column missing in the feed.
    case(
        "X1294-018",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a "
            "V-shape neckline. The man wears a long pants. The pants are with denim fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater"),
        B.garment_type("sweater"),
        B.material("knitting"),
        D.details("It has a V-shape neckline"),
        B.color("pure color", "non_answer"),
        title="Allen Solly Men Maroon Solid Cardigan",
        category="Sweaters",
        color="Maroon",
    ),
    # 019 truth: black hooded nylon rain jacket (shiny), grey track pants, backpack on one shoulder, no watch.
    # Caption: epoch-1 adapter, "the lady", and a wrist accessory that is not there. Answers: extractive QA.
    case(
        "X1294-019",
        caption(
            "The lady wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "her "
            "wrist.",
            "pronoun",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.material("cotton", "unsupported"),
        B.sleeve_length("long-sleeve"),
        D.details("There is an accessory on her wrist", "unsupported"),
        gender="Men",
        title="Wildcraft Men Black Solid Hooded Rain Jacket",
        category="Jackets",
        color="Black",
    ),
    # 020 truth: navy Nehru jacket over a white long-sleeve formal shirt, grey trousers. Caption: epoch-1 adapter,
    # right. Answers: extractive QA; the sleeve span is the shirt's.
    case(
        "X1294-020",
        caption(
            "This gentleman wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "standing neckline. He wears a long-sleeve shirt inside. The trousers this gentleman wears is of long "
            "length."
        ),
        wearing("a sleeveless vest with pure color patterns"),
        B.garment_type("vest"),
        B.sleeve_length("long-sleeve", "contradiction"),
        B.pattern("pure color"),
        B.color("pure color", "non_answer"),
        gender="Men",
        title="Raymond Men Navy Blue Solid Slim Fit Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
    ),
    # 021 truth: back view, black hoodie with a large back print, hood down, bare head, black joggers. Caption:
    # epoch-1 adapter invents a hat. Answers: extractive QA.
    case(
        "X1294-021",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. The "
            "man wears a long pants. The pants are with cotton fabric and pure color patterns. The man wears a hat.",
            "unsupported",
        ),
        B.garment_type("sweatshirt"),
        B.pattern("graphic"),
        B.material("cotton"),
        D.details("The man wears a hat", "unsupported"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Kook N Keech Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
    ),
    # 022 truth: olive textured (self-design) crew pullover, white shirt collar peeking, khaki chinos. Caption:
    # epoch-1 adapter, "this lady", cut. Answers: extractive QA; the pattern question got the first sentence.
    case(
        "X1294-022",
        caption(
            "This lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has "
            "a round neckline. The trousers this lady wears is of long length. The trousers are with cotton fabric and "
            "pure color",
            "pronoun",
            hit_limit=True,
        ),
        B.garment_type("sweater"),
        B.material("knitting"),
        B.pattern("This lady wears a long-sleeve sweater with pure color patterns", "restated"),
        B.color("pure color", "non_answer"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Peter England Men Olive Green Self Design Pullover",
        category="Sweaters",
        color="Olive",
    ),
    # 023 truth: grey checked formal blazer, white shirt, navy tie, plain grey trousers. Caption: epoch-1 adapter
    # calls the blazer a shirt (and gives the plain trousers checks). Answers: extractive QA.
    case(
        "X1294-023",
        caption(
            "The man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. The neckline is "
            "lapel. The man wears a long trousers. The trousers are with cotton fabric and lattice patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with lattice patterns", "contradiction"),
        B.garment_type("shirt", "contradiction"),
        B.pattern("lattice"),
        B.material("cotton"),
        D.details("The neckline is lapel"),
        gender="Men",
        title="Raymond Men Grey Checked Slim Fit Single-Breasted Formal Blazer",
        category="Blazers",
        color="Grey",
    ),
    # 024 truth: black hooded puffer (glossy shell), hood up, black track pants. Caption: epoch-1 adapter loops on the
    # fabric sentence. Answers: extractive QA.
    case(
        "X1294-024",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. The jacket "
            "is with cotton fabric. The jacket is with cotton fabric. The jacket is with cotton fabric. The jacket is",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.pattern("pure color"),
        B.material("cotton", "unsupported"),
        gender="Men",
        title="Puma Men Black Solid Hooded Padded Puffer Jacket",
        category="Jackets",
        color="Black",
    ),
    # 025 truth: navy crew sweatshirt with white and red chest panels, grey joggers. Caption: epoch-1 adapter,
    # cut at 50 tokens. Answers: extractive QA.
    case(
        "X1294-025",
        caption(
            "This man wears a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton "
            "fabric. It "
            "has a round neckline. The pants this man wears is of long length. The pants are with denim fabric and "
            "pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with color block patterns"),
        B.garment_type("sweatshirt"),
        B.pattern("color block"),
        B.material("cotton"),
        B.color("color block", "non_answer"),
        gender="Men",
        title="Roadster Men Navy Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
    ),
    # 026 truth: black turtleneck pullover, grey-and-black checked trousers. Caption: epoch-1 adapter, right.
    # Answers: extractive QA; the pattern span is the trousers'.
    case(
        "X1294-026",
        caption(
            "The man wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a "
            "standing neckline. The man wears a long trousers. The trousers are with cotton fabric and lattice "
            "patterns."
        ),
        B.garment_type("sweater"),
        B.pattern("lattice", "contradiction"),
        B.material("knitting"),
        D.details("It has a standing neckline"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Jack & Jones Men Black Solid Turtle Neck Pullover",
        category="Sweaters",
        color="Black",
    ),
    # 027 truth: tan suede trucker jacket, white tee, blue jeans. Caption: epoch-1 adapter, right. Answers:
    # extractive QA. No colour column in the feed.
    case(
        "X1294-027",
        caption(
            "This guy wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric. It has a "
            "lapel neckline. The trousers this guy wears is of long length. The trousers are with denim fabric and "
            "pure "
            "color patterns."
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.material("leather"),
        B.color("pure color", "non_answer"),
        D.description("a long-sleeve jacket with pure color patterns"),
        gender="Men",
        title="Mufti Men Tan Brown Solid Suede Trucker Jacket",
        category="Jackets",
    ),
    # 028 truth: mustard floral-printed Nehru jacket over a black kurta, black churidar. Caption: epoch-1 adapter,
    # "the lady", cut. Answers: extractive QA, right.
    case(
        "X1294-028",
        caption(
            "The lady wears a sleeveless vest with floral patterns. The vest is with cotton fabric. It has a standing "
            "neckline. The lady wears a long-sleeve shirt inside. The pants this lady wears is of long length. The "
            "pants are",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with floral patterns"),
        B.garment_type("vest"),
        B.pattern("floral"),
        B.material("cotton"),
        B.sleeve_length("sleeveless"),
        gender="Men",
        title="See Designs Men Mustard Yellow Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
    ),
    # 029 truth: off-white hoodie with a small chest logo, blue jeans, standing by a bicycle. Caption: epoch-1
    # adapter, right, mentions the bicycle. Answers: extractive QA; "details" picked the bicycle sentence.
    case(
        "X1294-029",
        caption(
            "The man wears a long-sleeve hoodie with pure color patterns. The hoodie is with cotton fabric. The man "
            "wears a long pants. The pants are with denim fabric and pure color patterns. The man is standing next "
            "to a "
            "bicycle."
        ),
        B.garment_type("hoodie"),
        B.material("cotton"),
        B.pattern("pure color"),
        B.color("pure color", "non_answer"),
        D.details("The man is standing next to a bicycle", "non_answer"),
        gender="Men",
        title="Flying Machine Men Off White Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Off White",
    ),
    # 030 truth: beige crew-neck woollen pullover, brown trousers. Caption: epoch-1 adapter says cotton where the
    # title says woollen. Answers: extractive QA.
    case(
        "X1294-030",
        caption(
            "This gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It "
            "has a round neckline. The gentleman wears a long trousers.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        B.garment_type("sweater"),
        B.material("cotton", "contradiction"),
        D.details("It has a round neckline"),
        gender="Men",
        title="Monte Carlo Men Beige Solid Woollen Pullover",
        category="Sweaters",
        color="Beige",
    ),
    # 031 truth: maroon diamond-quilted lightweight jacket (shiny nylon), stand collar, grey tee, black jeans.
    # Caption: epoch-1 adapter, acceptable. Answers: extractive QA; the sleeve question got the first sentence.
    case(
        "X1294-031",
        caption(
            "The man wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The trousers this man wears is of long length. The trousers are with denim fabric and "
            "pure color patterns."
        ),
        B.garment_type("jacket"),
        B.pattern("lattice"),
        B.material("cotton", "unsupported"),
        B.sleeve_length("The man wears a long-sleeve jacket with lattice patterns", "restated"),
        gender="Men",
        title="Duke Men Maroon Quilted Lightweight Jacket",
        category="Jackets",
        color="Maroon",
    ),
    # 032 truth: brown checked tweed blazer, cream shirt, dark brown trousers. Caption: epoch-1 adapter, cotton for
    # tweed, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1294-032",
        caption(
            "This gentleman wears a long-sleeve jacket with lattice patterns. The jacket is with cotton fabric. The "
            "neckline of it is lapel. The gentleman wears a long trousers. The trousers are with cotton fabric and "
            "pure",
            "contradiction",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.material("cotton", "contradiction"),
        B.pattern("lattice"),
        D.details("The neckline of it is lapel"),
        gender="Men",
        title="Park Avenue Men Brown Checked Tweed Single-Breasted Blazer",
        category="Blazers",
        color="Brown",
    ),
    # 033 truth: grey melange crew sweatshirt with the batwing logo print, blue jeans. Caption: epoch-1 adapter,
    # "the female" and "sweater". Answers: extractive QA.
    case(
        "X1294-033",
        caption(
            "The female wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The female wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        B.garment_type("sweater", "contradiction"),
        B.pattern("graphic"),
        B.material("cotton"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Levis Men Grey Melange Brand Logo Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
    ),
    # 034 truth: navy padded jacket (glossy shell, red-white stripe on the placket) over a white tee, khaki chinos.
    # Caption: epoch-1 adapter with a base-model hue, cut. Answers: extractive QA.
    case(
        "X1294-034",
        caption(
            "The man wears a navy blue long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. "
            "It has a standing neckline. He wears a white T-shirt inside. The trousers this man wears is of long "
            "length. "
            "The",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue long-sleeve jacket"),
        B.garment_type("jacket"),
        B.color("navy blue"),
        B.material("cotton", "unsupported"),
        D.details("It has a standing neckline"),
        gender="Men",
        title="Tommy Hilfiger Men Navy Blue Solid Padded Jacket",
        category="Jackets",
        color="Navy Blue",
    ),
    # 035 truth: navy-and-white argyle V-neck pullover over a light blue shirt, grey chinos. Caption: epoch-1
    # adapter, right (argyle as lattice). Answers: extractive QA. No gender column.
    case(
        "X1294-035",
        caption(
            "The man wears a long-sleeve sweater with lattice patterns. The sweater is with knitting fabric. It has a "
            "V-shape neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve sweater with lattice patterns"),
        B.garment_type("sweater"),
        B.pattern("lattice"),
        B.material("knitting"),
        D.details("It has a V-shape neckline"),
        title="Arrow Men Navy Blue & White Argyle Patterned V-Neck Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
    # 036 truth: charcoal formal blazer, white shirt, black trousers, holding a leather folio. Caption: epoch-1
    # adapter, "shirt", then loops on the neckline. Answers: extractive QA.
    case(
        "X1294-036",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The "
            "neckline is lapel. The neckline is lapel. The neckline is lapel. The neckline is lapel. The neckline is",
            "loop",
            hit_limit=True,
        ),
        B.garment_type("shirt", "contradiction"),
        D.details("The neckline is lapel"),
        B.sleeve_length("long-sleeve"),
        B.material("cotton"),
        B.color("pure color", "non_answer"),
        gender="Men",
        title="Van Heusen Men Charcoal Grey Solid Slim Fit Formal Blazer",
        category="Blazers",
        color="Charcoal",
    ),
    # 037 truth: olive pullover hoodie, olive joggers, smartwatch on the left wrist. Caption: epoch-1 adapter, right.
    # Answers: extractive QA; nothing for the color.
    case(
        "X1294-037",
        caption(
            "This man wears a long-sleeve hoodie with pure color patterns. The hoodie is with cotton fabric. This man "
            "wears a long pants. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his "
            "wrist."
        ),
        B.garment_type("hoodie"),
        B.color("", "non_answer"),
        B.material("cotton"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="HRX by Hrithik Roshan Men Olive Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
    ),
    # 038 truth: khaki cotton-twill utility jacket with four flap pockets, white tee, blue jeans. Caption: epoch-1
    # adapter, cut. Answers: extractive QA.
    case(
        "X1294-038",
        caption(
            "This man wears a long-sleeve jacket with pure color patterns. The jacket is with cotton fabric. It has a "
            "lapel neckline. The trousers this man wears is of long length. The trousers are with denim fabric and "
            "pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        D.description("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.material("cotton"),
        B.sleeve_length("long-sleeve"),
        B.color("pure color", "non_answer"),
        gender="Men",
        title="Woodland Men Khaki Solid Utility Jacket",
        category="Jackets",
        color="Khaki",
    ),
    # 039 truth: flat lay, rust crew-neck knitted pullover, no person. Caption: epoch-1 adapter, short, right apart
    # from the template's "person". Answers: extractive QA. No gender column.
    case(
        "X1294-039",
        caption(
            "The person wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric. It "
            "has a round neckline."
        ),
        B.garment_type("sweater"),
        B.material("knitting"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        D.details("It has a round neckline"),
        title="Roadster Men Rust Orange Solid Pullover",
        category="Sweaters",
        color="Rust",
    ),
    # 040 truth: black self-design Nehru jacket over a white shirt, black trousers. Caption: epoch-1 adapter, cut.
    # Answers: extractive QA, right.
    case(
        "X1294-040",
        caption(
            "This man wears a sleeveless vest with pure color patterns. The vest is with cotton fabric. It has a "
            "standing neckline. This man wears a long-sleeve shirt inside. The trousers this man wears is of long "
            "length. The trousers are",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns"),
        B.garment_type("vest"),
        B.sleeve_length("sleeveless"),
        B.pattern("pure color"),
        B.material("cotton"),
        gender="Men",
        title="Peter England Men Black Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # 041 truth: mustard crew sweatshirt with a black chest print, blue jeans. Caption: epoch-1 adapter, cut.
    # Answers: extractive QA; "wearing" got the subject only. No gender column.
    case(
        "X1294-041",
        caption(
            "The man wears a long-sleeve sweatshirt with graphic patterns. The sweatshirt is with cotton fabric. It "
            "has "
            "a round neckline. The pants this man wears is of long length. The pants are with denim fabric and pure "
            "color patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("The man", "non_answer"),
        B.garment_type("sweatshirt"),
        B.color("graphic patterns", "non_answer"),
        B.pattern("graphic"),
        B.material("cotton"),
        title="The Indian Garage Co Men Mustard Yellow Printed Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
    ),
    # 042 truth: black denim jacket with a cream sherpa collar and lining, grey tee, black jeans. Caption: epoch-1
    # adapter takes the sherpa for the fabric. Answers: extractive QA.
    case(
        "X1294-042",
        caption(
            "This guy wears a long-sleeve jacket with pure color patterns. The jacket is with furry fabric. It has a "
            "lapel neckline. The trousers this guy wears is of long length. The trousers are with denim fabric and "
            "pure "
            "color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        B.garment_type("jacket"),
        B.material("furry", "contradiction"),
        B.pattern("pure color"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="Pepe Jeans Men Black Solid Sherpa-Lined Denim Jacket",
        category="Jackets",
        color="Black",
    ),
    # 043 truth: plain cream crew-neck pullover over a blue-and-white striped shirt (collar and cuffs show), navy
    # chinos. Caption: epoch-1 adapter gives the pullover the shirt's stripes. Answers: extractive QA.
    case(
        "X1294-043",
        caption(
            "This man wears a long-sleeve sweater with striped patterns. The sweater is with knitting fabric. It has a "
            "round neckline. This man wears a long pants. The pants are with cotton fabric and pure color patterns.",
            "contradiction",
        ),
        B.garment_type("sweater"),
        B.pattern("striped", "contradiction"),
        B.material("knitting"),
        B.color("", "non_answer"),
        D.description("a long-sleeve sweater with striped patterns", "contradiction"),
        gender="Men",
        title="Mast & Harbour Men Cream-Coloured Solid Pullover",
        category="Sweaters",
        color="Cream",
    ),
    # 044 truth: navy unstructured casual blazer with patch pockets, open over a grey crew tee, blue jeans. Caption:
    # epoch-1 adapter describes the tee first, names the jacket, cut. Answers: extractive QA, about the tee.
    case(
        "X1294-044",
        caption(
            "The man wears a grey T-shirt with pure color patterns. The T-shirt is with cotton fabric. It has a round "
            "neckline. He wears a long-sleeve jacket outside. The trousers this man wears is of long length. The "
            "trousers are with denim",
            "cut",
            hit_limit=True,
        ),
        B.color("grey", "other_garment_color"),
        B.garment_type("T-shirt", "contradiction"),
        B.sleeve_length("long-sleeve"),
        D.details("It has a round neckline", "contradiction"),
        gender="Men",
        title="Allen Solly Men Navy Blue Solid Casual Blazer",
        category="Blazers",
        color="Navy Blue",
    ),
    # 045 truth: black bomber with grey sleeves and ribbed collar, white tee, blue jeans, watch on the wrist.
    # Caption: epoch-1 adapter, cut at 50 tokens. Answers: extractive QA.
    case(
        "X1294-045",
        caption(
            "This man wears a long-sleeve jacket with color block patterns. The jacket is with cotton fabric. It has a "
            "standing neckline. The trousers this man wears is of long length. The trousers are with denim fabric and "
            "pure color patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        B.garment_type("jacket"),
        B.pattern("color block"),
        B.color("color block", "non_answer"),
        B.material("cotton"),
        B.sleeve_length("long-sleeve"),
        gender="Men",
        title="HERE&NOW Men Black & Grey Colourblocked Bomber Jacket",
        category="Jackets",
        color="Black",
    ),
    # 046 truth: navy crew-neck knitted pullover, beige chinos. Caption: epoch-1 adapter repeats its first sentence
    # to the limit, never reaching the fabric. Answers: extractive QA; the material question got the pattern words.
    case(
        "X1294-046",
        caption(
            "This man wears a long-sleeve sweater with pure color patterns. This man wears a long-sleeve sweater with "
            "pure color patterns. This man wears a long-sleeve sweater with pure color patterns. This man wears a "
            "long-sleeve",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        B.garment_type("sweater"),
        B.material("pure color patterns", "non_answer"),
        B.sleeve_length("long-sleeve"),
        B.pattern("pure color"),
        gender="Men",
        title="Highlander Men Navy Blue Solid Pullover",
        category="Sweaters",
        color="Navy Blue",
    ),
]
