"""BLIND_968 (46 products; Myntra men's tees, polos and sweatshirts: caption adapter, then extractive QA): written blind
in the fifty-eighth session. Measured blind at 041ab2e (the session's first rules): 122/144 failures found (84.7%) and
10/202 correct texts flagged (5.0%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's t-shirts (round neck, V-neck, henley, printed, striped), polo t-shirts and
sweatshirts (crew, hooded, zip hoodies, colour-blocked). Catalog shots on a white or light grey backdrop, the model
wearing the product with jeans, chinos, joggers, track pants or shorts; one flat-lay pack shot with no person; some
layered looks (a tee under an open denim shirt, an open jacket or an open zip hoodie). The seller's columns are the
title, the category (Tshirts for tees and polos, as Myntra files them; Sweatshirts for crews and hoodies), the base
colour and gender; a few rows lack the colour or the category.

Who wrote what: every caption is free generation by a caption adapter with greedy decoding and a 50-token limit.
Most products were captioned by the epoch-3 adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption), which writes the
DeepFashion-MultiModal template ("The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is
with cotton fabric. It has a round neckline..."): it rarely names a hue, says "pure color" for a solid, often calls a
sweatshirt a "sweater", defaults to "the lady"/"her" (DeepFashion is mostly women), invents the other garment's
fabric, and, trained without an end token, sometimes loops on a sentence or runs to the limit mid-sentence, or goes
on into the `Question: ... Answer:` format it saw in its labels. The rest were captioned by the epoch-1 adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch), which still writes base BLIP-2 captions ("a man wearing a black
t-shirt and blue jeans") with hues, now and then with the template glued on, and invents accessories and details.
Open answers (wearing, the color_of questions asked open, describe, details, material) come from the extractive QA
model (timpal0l/mdeberta-v3-base-squad2) run over that product's caption: each is a span of the caption, or empty
when SQuAD2 says "no answer"; so a caption's error flows into its answers, and the QA often grabs the first color
in the caption, which is the other garment's. Closed answers (garment_type, color, pattern, sleeve_length, is_a)
come from enrich's --engine reference, one candidate value each; they never loop or stop short, but they pick the
jeans' color, a trim color, or the wrong class.

Labeling conventions and judgement calls:
- Each text carries one label. Where a text has two faults, it gets the one a reader would notice first: a caption
  that says "the lady" is labelled pronoun even if it also invents a fabric; a caption that runs into
  "Question: ... Answer:" is leak even when it also loops or is cut at the limit.
- A caption at the 50-token limit that ends mid-sentence is cut (hit_limit=True); a caption that repeats a
  sentence or a list until the limit is loop (hit_limit=True). An extractive answer whose span runs to the cut end
  of such a caption ("pure color patterns. It") is cut; one whose span holds the repetition is loop. Extractive
  answers themselves never hit a token limit.
- "shirt" or "upper clothing" in a caption or open answer, for a tee or polo, is the template's generic word and
  counted correct; the closed garment_type "shirt" for a polo (the woven-shirt class) is a contradiction. An open
  answer that is nothing but "upper clothing" says nothing and is non_answer.
- A sweatshirt or hoodie called a "sweater" (caption, wearing answer or closed type) is a contradiction: Myntra
  files Sweaters and Sweatshirts apart. "t-shirt" for a polo is correct (Myntra's own Tshirts category). Calling
  the product by the layered garment over it ("jacket", "t-shirt" under an open hoodie) is a contradiction.
- The color of the jeans, chinos, shorts, joggers or an open overshirt given as the product's color is
  other_garment_color. The color of a thin stripe, collar tipping or a print on a different ground ("yellow" for a
  navy polo with thin yellow stripes, "white" for a black tee with a white logo) is a contradiction. For even
  two-color stripes or colour-blocking, either main color is correct; shades are correct (pink for peach, purple for
  lavender, white for off-white, green for olive, blue for teal, yellow for mustard); black for charcoal is not.
- "pure color", "denim" or an empty span as the answer to a color question, an empty span to any open question,
  and a span about the backdrop or the pose for details, are non_answer; but in the flat-lay, "pure color" for the
  color of jeans that are not there answers about an invented garment and is unsupported. A pose the photo does not
  show ("with his hands in his pockets") is unsupported.
- A span that is a question copied out of a leaked caption ("what is the color of the sweater?") is restated; a
  span that keeps the format words ("Answer: a red polo shirt") is leak.
- Invented things are unsupported: a zipper on a pullover, a chest pocket, a belt, a watch or a golf club that is
  not in the photo, a person or trousers in a flat-lay, denim for cotton shorts, and "cotton" where the title says
  Dri-FIT, dryCELL or polyester. "cotton" or "knitting fabric" for an ordinary jersey tee or fleece sweatshirt is
  accepted. The wrong neckline (round for a V-neck) contradicts the title and is a contradiction.
- In the flat-lay, "a short-sleeve T-shirt" for "What is the person wearing?" is counted correct: the garment is
  right even though nobody wears it; the caption's invented gentleman and trousers are the failure.
- A closed sleeve length, pattern or yes/no the photo and the title disagree with ("short sleeves" for a henley
  with its long sleeves pushed up, "solid" for a printed hoodie, "yes" to "Is this a hoodie?" for a crew) is a
  contradiction.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS
gt, col, pat, slv, mat = Q.garment_type, Q.color, Q.pattern, Q.sleeve_length, Q.material

BLIND_968 = [
    # photo: navy crew-neck tee, faded light-blue jeans, white backdrop, front view. Caption: epoch-3 adapter;
    # open answers: extractive QA over it; closed: reference engine.
    case(
        "X968-001",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt", who="he"),
        color_of("T-shirt", "pure color", "non_answer", kind="open"),
        describe("T-shirt", "short-sleeve T-shirt with pure color patterns"),
        details("T-shirt", "round neckline"),
        col("navy blue"),
        gt("t-shirt"),
        slv("short sleeves"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black tee with a white-and-orange HRX chest print, no pocket, olive cargo joggers, white backdrop.
    # Caption: epoch-1 adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X968-002",
        caption(
            "a man wearing a black t-shirt with a graphic print and a pocket on the left side and olive green pants, "
            "standing in front of a white background",
            "unsupported",
        ),
        wearing("a black t-shirt with a graphic print"),
        color_of("T-shirt", "black", kind="open"),
        details("T-shirt", "a pocket on the left side", "unsupported"),
        pat("printed"),
        gt("polo shirt", "contradiction"),
        col("olive", "other_garment_color"),
        is_a("polo shirt", "no"),
        title="HRX by Hrithik Roshan Men Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange pique polo with a small navy logo, dark navy chinos, steel watch, white backdrop.
    # Caption: epoch-3 adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X968-003",
        caption(
            "The gentleman is wearing a short-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. It has a lapel neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a short-sleeve shirt", who="the man"),
        color_of("polo shirt", "", "non_answer", kind="open"),
        mat("cotton fabric"),
        gt("polo shirt"),
        col("navy blue", "other_garment_color"),
        is_a("polo shirt", "yes"),
        pat("solid"),
        slv("long sleeves", "contradiction"),
        title="U.S. Polo Assn. Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: red polyester sports tee with a black Puma cat print, black shorts, white backdrop.
    # Caption: epoch-3 adapter ("the lady"); open answers: extractive QA; closed: reference engine.
    case(
        "X968-004",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with other fabric. It has a "
            "round neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("The lady wears a short-sleeve T-shirt with graphic patterns", "pronoun", who="he"),
        mat("cotton fabric", "unsupported"),
        color_of("T-shirt", "", "non_answer", kind="open"),
        col("red"),
        pat("printed"),
        gt("t-shirt"),
        title="Puma Men Red Printed dryCELL Polyester Sports T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: white pique polo, no pocket, navy tipping on the collar and sleeve hems, beige chinos, white backdrop.
    # Caption: epoch-1 adapter (an invented pocket); open answers: extractive QA; closed: reference engine.
    case(
        "X968-005",
        caption(
            "a man wearing a white polo shirt with a pocket on the chest and khaki pants standing in front of a "
            "white wall",
            "unsupported",
        ),
        wearing("a white polo shirt"),
        color_of("polo shirt", "white", kind="open"),
        describe("polo shirt", "a white polo shirt with a pocket on the chest", "unsupported"),
        col("navy blue", "contradiction"),
        gt("polo shirt"),
        slv("short sleeves"),
        title="Highlander Men White Solid Slim Fit Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black Dri-FIT training tee with a small white swoosh, grey track pants, white backdrop.
    # Caption: epoch-3 adapter, looping; open answers: extractive QA; closed: reference engine.
    case(
        "X968-006",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with "
            "cotton fabric. The T-shirt is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", who="he"),
        mat("cotton fabric", "unsupported"),
        describe(
            "T-shirt", "cotton fabric. The T-shirt is with cotton fabric. The T-shirt is with cotton fabric", "loop"
        ),
        col("black"),
        gt("t-shirt"),
        slv("short sleeves"),
        is_a("polo shirt", "yes", "contradiction"),
        title="Nike Men Black Dri-FIT Training T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: olive pullover hoodie, hood down, white chest typography, black jeans, white backdrop.
    # Caption: epoch-1 adapter; open answers: extractive QA; closed: reference engine.
    case(
        "X968-007",
        caption("a man wearing an olive green hoodie with white lettering on the chest and black jeans"),
        wearing("an olive green hoodie"),
        describe("sweatshirt", "olive green hoodie with white lettering on the chest"),
        color_of("sweatshirt", "olive green", kind="open"),
        col("black", "other_garment_color"),
        gt("hoodie"),
        is_a("hoodie", "yes"),
        pat("solid", "contradiction"),
        title="WROGN Men Olive Green Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: maroon crew-neck fleece sweatshirt with ribbed cuffs and hem, mid-blue jeans, white backdrop.
    # Caption: epoch-3 adapter ("sweater"); open answers: extractive QA; closed: reference engine.
    case(
        "X968-008",
        caption(
            "The gentleman is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitting "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        color_of("sweatshirt", "pure color patterns", "non_answer", kind="open"),
        col("maroon"),
        gt("sweatshirt"),
        slv("long sleeves"),
        title="Mast & Harbour Men Maroon Solid Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes, stone-beige shorts, white sneakers, full length, white
    # backdrop. Caption: epoch-3 adapter, cut at the limit; open answers: extractive QA; closed: reference engine.
    case(
        "X968-009",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The gentleman wears a three-point shorts. The shorts are with cotton fabric and pure "
            "color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with striped patterns", who="he"),
        pat("striped"),
        col("white", "contradiction"),
        gt("shirt", "contradiction"),
        is_a("polo shirt", "yes"),
        mat("cotton fabric"),
        title="Tommy Hilfiger Men Navy Blue Striped Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: white tee with a large black-and-red skull graphic, black ripped jeans, light grey backdrop.
    # Caption: epoch-1 adapter with the template glued on, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X968-010",
        caption(
            "a man wearing a white t-shirt with a skull graphic on it and black ripped jeans. The t-shirt is with "
            "cotton fabric and graphic patterns. It has a round neckline. The man wears a long trousers. The "
            "trousers are with",
            "cut",
            hit_limit=True,
        ),
        wearing("a white t-shirt with a skull graphic on it and black ripped jeans", who="the man"),
        color_of("T-shirt", "white", kind="open"),
        color_of("jeans", "black", kind="open"),
        details("T-shirt", "a skull graphic"),
        col("black", "other_garment_color"),
        pat("printed"),
        title="Difference of Opinion Men White Graphic Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: mustard pullover hoodie with drawstrings and a kangaroo pocket, black joggers, white backdrop.
    # Caption: epoch-3 adapter running into the Question/Answer format; open: extractive QA; closed: reference.
    case(
        "X968-011",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a hooded neckline. Question: what is the color of the sweater? Answer: yellow. Question: what "
            "is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        color_of("sweatshirt", "yellow", kind="open"),
        describe("sweatshirt", "what is the color of the sweater?", "restated"),
        gt("hoodie"),
        col("mustard"),
        is_a("hoodie", "yes"),
        details("sweatshirt", "Answer: yellow", "leak"),
        title="Campus Sutra Men Mustard Yellow Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: grey melange tee with a navy "JACK & JONES 1990" print under an open light-blue denim shirt, black
    # jeans, hands at his sides, white backdrop. Caption: epoch-1 adapter; open: extractive QA; closed: reference.
    case(
        "X968-012",
        caption(
            "a man wearing a blue denim shirt over a grey t-shirt and black jeans with his hands in his pockets",
            "unsupported",
        ),
        wearing("a blue denim shirt over a grey t-shirt and black jeans"),
        color_of("T-shirt", "blue", "other_garment_color", kind="open"),
        describe("T-shirt", "a grey t-shirt"),
        details("T-shirt", "with his hands in his pockets", "unsupported"),
        col("grey"),
        gt("shirt", "contradiction"),
        pat("solid", "contradiction"),
        title="Jack & Jones Men Grey Melange Printed Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive polo with white collar tipping, cream chinos, white backdrop.
    # Caption: epoch-3 adapter (the "her"/"lady" template); open: extractive QA; closed: reference engine.
    case(
        "X968-013",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. This lady "
            "wears a long trousers. The trousers are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("Her shirt", "pronoun", who="he"),
        mat("cotton fabric"),
        col("beige", "other_garment_color"),
        gt("polo shirt"),
        slv("short sleeves"),
        is_a("sweatshirt", "no"),
        title="Flying Machine Men Olive Green Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: crew sweatshirt, royal blue body, white chest panel, navy sleeves, black track pants, white backdrop.
    # Caption: epoch-1 adapter running into the Question/Answer format; open: extractive QA; closed: reference.
    case(
        "X968-014",
        caption(
            "a man wearing a blue and white color block sweatshirt and black track pants. Question: what is the man "
            "wearing? Answer: a blue and white color block sweatshirt. Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue and white color block sweatshirt and black track pants"),
        color_of("sweatshirt", "blue and white", kind="open"),
        describe("sweatshirt", "color block sweatshirt"),
        details("sweatshirt", "what is the man wearing?", "restated"),
        col("black", "other_garment_color"),
        pat("colour block"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Men Blue Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: black long-sleeve henley, three-button placket, sleeves pushed up to the forearms, grey jeans, light
    # grey backdrop. Caption: epoch-3 adapter cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X968-015",
        caption(
            "The gentleman is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt", who="he"),
        details("T-shirt", "round neckline"),
        color_of("jeans", "denim", "non_answer", kind="open"),
        slv("short sleeves", "contradiction"),
        col("black"),
        gt("t-shirt"),
        title="Roadster Men Black Solid Henley Neck Long Sleeves T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: peach polo, white trousers, no belt (polo untucked), white backdrop.
    # Caption: epoch-1 adapter; open: extractive QA; closed: reference engine.
    case(
        "X968-016",
        caption("a man wearing a pink polo shirt and white pants with a black belt", "unsupported"),
        wearing("a pink polo shirt and white pants"),
        color_of("polo shirt", "pink", kind="open"),
        describe("polo shirt", "a pink polo shirt and white pants with a black belt", "unsupported"),
        col("white", "other_garment_color"),
        gt("polo shirt"),
        mat("", "non_answer"),
        pat("solid"),
        title="Louis Philippe Sport Men Peach Solid Polo T-shirt",
        category="Tshirts",
        color="Peach",
        gender="Men",
    ),
    # photo: yellow tee with a Minions print (blue overalls), blue denim shorts, white backdrop.
    # Caption: epoch-3 adapter, looping on the shorts; open: extractive QA; closed: reference engine.
    case(
        "X968-017",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The guy wears a three-point shorts. The shorts are with denim fabric and pure color "
            "patterns. The shorts are with denim fabric and pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        describe("T-shirt", "short-sleeve T-shirt with graphic patterns"),
        details("T-shirt", "denim fabric and pure color patterns", "unsupported"),
        col("blue", "other_garment_color"),
        pat("printed"),
        gt("t-shirt"),
        mat("denim fabric and pure color patterns. The shorts are with denim fabric", "loop"),
        title="Bewakoof Men Yellow Minions Printed Round Neck T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: charcoal pullover hoodie with a black swoosh, black joggers, white backdrop.
    # Caption: epoch-1 adapter with the template glued on, cut at the limit; open: extractive QA; closed: reference.
    case(
        "X968-018",
        caption(
            "a man wearing a dark grey hoodie with a nike logo on the chest and black sweatpants. The hoodie is with "
            "cotton fabric and pure color patterns. It has a hooded neckline. The man wears a long",
            "cut",
            hit_limit=True,
        ),
        wearing("a dark grey hoodie"),
        color_of("hoodie", "dark grey", kind="open"),
        mat("cotton fabric", "unsupported"),
        gt("hoodie"),
        col("charcoal"),
        is_a("hoodie", "yes"),
        describe("hoodie", "It has a hooded neckline. The man wears a long", "cut"),
        title="Nike Men Charcoal Grey Therma-FIT Polyester Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white tee with a red batwing logo under an open olive utility jacket, blue jeans, white backdrop.
    # Caption: epoch-1 adapter; open: extractive QA; closed: reference engine.
    case(
        "X968-019",
        caption("a man wearing an olive green jacket over a white t-shirt and blue jeans"),
        wearing("an olive green jacket over a white t-shirt and blue jeans"),
        color_of("T-shirt", "olive green", "other_garment_color", kind="open"),
        col("white"),
        gt("jacket", "contradiction"),
        describe("T-shirt", "a white t-shirt"),
        slv("long sleeves", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Levis Men White Batwing Logo Printed Crew Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: teal crew-neck tee, beige chinos, white backdrop.
    # Caption: epoch-3 adapter, cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X968-020",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt"),
        color_of("T-shirt", "", "non_answer", kind="open"),
        col("beige", "other_garment_color"),
        gt("t-shirt"),
        slv("short sleeves"),
        title="HERE&NOW Men Teal Solid Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: red pique polo with a white embroidered logo, navy shorts, one hand in a pocket, white backdrop.
    # Caption: epoch-3 adapter running into the Question/Answer format; open: extractive QA; closed: reference.
    case(
        "X968-021",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a lapel neckline. Question: what is the man wearing? Answer: a red polo shirt. Question: what is "
            "the man wearing? Answer: a red",
            "leak",
            hit_limit=True,
        ),
        wearing("a red polo shirt", who="the man"),
        color_of("polo shirt", "red", kind="open"),
        describe("polo shirt", "what is the man wearing?", "restated"),
        details("polo shirt", "Answer: a red polo shirt", "leak"),
        col("red"),
        gt("polo shirt"),
        pat("solid"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige crew sweatshirt with a small brown geometric all-over print, dark brown chinos, white backdrop.
    # Caption: epoch-3 adapter ("the lady", "sweater"); open: extractive QA; closed: reference engine.
    case(
        "X968-022",
        caption(
            "The lady is wearing a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric. "
            "It has a round neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with graphic patterns", "contradiction", who="he"),
        describe("sweatshirt", "graphic patterns"),
        mat("knitting fabric"),
        col("brown", "other_garment_color"),
        gt("sweatshirt"),
        pat("printed"),
        title="Mufti Men Beige Printed Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: flat-lay pack shot, two crew tees (one black, one grey melange) folded side by side on white, no
    # person. Caption: epoch-3 adapter; open: extractive QA; closed: reference engine.
    case(
        "X968-023",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt"),
        color_of("jeans", "pure color", "unsupported", kind="open"),
        col("black"),
        gt("t-shirt"),
        is_a("t-shirt", "yes"),
        slv("short sleeves"),
        pat("solid"),
        title="Roadster Men Pack of 2 Solid Round Neck T-shirts",
        category="Tshirts",
        color="Multi",
        gender="Men",
    ),
    # photo: white polo with black three stripes on the shoulders, black track pants with white side stripes,
    # white backdrop. Caption: epoch-1 adapter, template glued on, cut; open: extractive QA; closed: reference.
    case(
        "X968-024",
        caption(
            "a man wearing a white polo shirt with black stripes on the shoulders and black track pants with white "
            "stripes on the side. The polo shirt is with cotton fabric and striped patterns. It has a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt with black stripes on the shoulders"),
        color_of("polo shirt", "white", kind="open"),
        details("polo shirt", "black stripes on the shoulders"),
        pat("solid"),
        col("black", "other_garment_color"),
        gt("polo shirt"),
        mat("cotton fabric", "unsupported"),
        title="Adidas Men White Solid 3-Stripes Climalite Polyester Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: black pullover hoodie with a big multicolor Avengers logo print, blue jeans, white backdrop.
    # Caption: epoch-3 adapter ("upper clothing" template), looping; open: extractive QA; closed: reference engine.
    case(
        "X968-025",
        caption(
            "His upper clothing has long sleeves, cotton fabric and graphic patterns. It has a hooded neckline. It "
            "has a hooded neckline. It has a hooded neckline. It has a hooded neckline. It has a hooded neckline. It "
            "has a",
            "loop",
            hit_limit=True,
        ),
        wearing("upper clothing", "non_answer", who="he"),
        describe("sweatshirt", "long sleeves, cotton fabric and graphic patterns"),
        details("sweatshirt", "hooded neckline. It has a hooded neckline", "loop"),
        col("black"),
        gt("hoodie"),
        pat("printed"),
        is_a("hoodie", "no", "contradiction"),
        title="The Souled Store Men Black Avengers Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: heather grey V-neck tee, dark indigo jeans, brown belt, white backdrop.
    # Caption: epoch-3 adapter (round neckline for a V-neck); open: extractive QA; closed: reference engine.
    case(
        "X968-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long trousers. The trousers are with denim fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        details("T-shirt", "round neckline", "contradiction"),
        wearing("a short-sleeve T-shirt", who="he"),
        col("blue", "other_garment_color"),
        gt("t-shirt"),
        slv("short sleeves"),
        title="Celio Men Grey Solid V-Neck T-shirt",
        category="Tshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon polo, khaki chinos, brown loafers, full length, white backdrop.
    # Caption: epoch-1 adapter looping on the shoes; open: extractive QA; closed: reference engine.
    case(
        "X968-027",
        caption(
            "a man wearing a maroon polo shirt and khaki pants and brown shoes and brown shoes and brown shoes and "
            "brown shoes and brown shoes and brown shoes and brown shoes and brown shoes and brown shoes and brown",
            "loop",
            hit_limit=True,
        ),
        wearing("a maroon polo shirt and khaki pants and brown shoes"),
        color_of("polo shirt", "maroon", kind="open"),
        color_of("pants", "khaki", kind="open"),
        describe("polo shirt", "brown shoes and brown shoes and brown shoes and brown shoes", "loop"),
        col("maroon"),
        gt("polo shirt"),
        mat("", "non_answer"),
        title="Peter England Men Maroon Solid Polo T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: Breton tee, white with even navy horizontal stripes, red chino shorts, white backdrop.
    # Caption: epoch-3 adapter; open: extractive QA; closed: reference engine.
    case(
        "X968-028",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        describe("T-shirt", "striped patterns"),
        pat("striped"),
        col("red", "other_garment_color"),
        gt("t-shirt"),
        is_a("polo shirt", "yes", "contradiction"),
        slv("short sleeves"),
        title="Tommy Hilfiger Men White & Navy Blue Striped Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: red crew-neck sweatshirt, black joggers, white sneakers, white backdrop.
    # Caption: epoch-3 adapter ("sweater"), cut at the limit; open: extractive QA; closed: reference engine.
    case(
        "X968-029",
        caption(
            "The gentleman wears a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. "
            "It has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patterns. The gentleman wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater", "contradiction"),
        col("red"),
        gt("sweater", "contradiction"),
        slv("long sleeves"),
        describe("sweatshirt", "pure color patterns. The gentleman wears", "cut"),
        is_a("hoodie", "no"),
        title="HRX by Hrithik Roshan Men Red Solid Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: royal blue polyester polo, white golf trousers, nothing in his hands, white backdrop.
    # Caption: epoch-1 adapter (an invented golf club); open: extractive QA; closed: reference engine.
    case(
        "X968-030",
        caption("a man wearing a blue polo shirt and white pants holding a golf club", "unsupported"),
        wearing("a blue polo shirt and white pants", who="he"),
        color_of("polo shirt", "blue", kind="open"),
        details("polo shirt", "holding a golf club", "unsupported"),
        col("white", "other_garment_color"),
        gt("t-shirt"),
        pat("solid"),
        title="Nike Men Blue Dri-FIT Golf Polo T-shirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive tee with a white palm-tree print, black cotton twill shorts, white backdrop.
    # Caption: epoch-3 adapter (denim shorts invented); open: extractive QA; closed: reference engine.
    case(
        "X968-031",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        col("green"),
        color_of("T-shirt", "", "non_answer", kind="open"),
        pat("printed"),
        mat("denim fabric", "unsupported"),
        gt("t-shirt"),
        is_a("polo shirt", "no"),
        title="Roadster Men Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange pullover hoodie (no zipper) with a small red-tab logo, dark indigo jeans, white backdrop.
    # Caption: epoch-1 adapter (an invented zipper); open: extractive QA; closed: reference engine.
    case(
        "X968-032",
        caption("a man wearing a grey hoodie with a zipper and blue jeans", "unsupported"),
        wearing("a grey hoodie with a zipper and blue jeans", "unsupported"),
        color_of("hoodie", "grey", kind="open"),
        describe("hoodie", "a grey hoodie with a zipper", "unsupported"),
        color_of("jeans", "blue", kind="open"),
        col("grey"),
        gt("hoodie"),
        is_a("hoodie", "yes"),
        slv("short sleeves", "contradiction"),
        title="Levis Men Grey Melange Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: black tee with a big white Puma cat print, blue jeans, white backdrop.
    # Caption: epoch-3 adapter ("the woman"); open: extractive QA; closed: reference engine.
    case(
        "X968-033",
        caption(
            "The woman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has "
            "a round neckline. The woman wears a long trousers. The trousers are with denim fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("The woman wears a short-sleeve T-shirt", "pronoun", who="he"),
        describe("T-shirt", "cotton fabric"),
        col("white", "contradiction"),
        gt("t-shirt"),
        pat("printed"),
        title="Puma Men Graphic Tee Black Tshirts",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy crew sweatshirt with a small orange logo, khaki cargo trousers, brown boots, full length, white
    # backdrop. Caption: epoch-1 adapter, template glued on, cut; open: extractive QA; closed: reference engine.
    case(
        "X968-034",
        caption(
            "a man wearing a navy blue sweatshirt and khaki cargo pants with pockets on the side of the pants and a "
            "pair of brown shoes on his feet. The sweatshirt is with cotton fabric and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        wearing("a navy blue sweatshirt and khaki cargo pants"),
        color_of("sweatshirt", "navy blue", kind="open"),
        describe("sweatshirt", "cotton fabric and pure color patterns. It", "cut"),
        col("khaki", "other_garment_color"),
        gt("sweatshirt"),
        slv("long sleeves"),
        is_a("hoodie", "no"),
        title="Wildcraft Men Navy Blue Solid Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light pink polo, grey trousers, white backdrop.
    # Caption: epoch-3 adapter that opens in the Question/Answer format, cut; open: extractive QA; closed: reference.
    case(
        "X968-035",
        caption(
            "Question: what is the man wearing? Answer: The gentleman wears a short-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a lapel neckline. The gentleman wears a long "
            "trousers. The trousers are",
            "leak",
            hit_limit=True,
        ),
        wearing("The gentleman wears a short-sleeve shirt", who="the man"),
        color_of("polo shirt", "what is the man wearing?", "restated", kind="open"),
        describe("polo shirt", "Question: what is the man wearing? Answer:", "leak"),
        col("grey", "other_garment_color"),
        gt("polo shirt"),
        slv("short sleeves"),
        mat("cotton fabric"),
        details("polo shirt", "Answer: The gentleman wears a short-sleeve shirt", "leak"),
        title="Allen Solly Men Pink Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard tee with a black Spider-Man web print, black jeans, white sneakers, no belt or watch, white
    # backdrop. Caption: epoch-1 adapter (invented belt and watch); open: extractive QA; closed: reference engine.
    case(
        "X968-036",
        caption(
            "a man wearing a yellow t-shirt with a spiderman print on it and black jeans with a brown belt and a "
            "watch on his wrist",
            "unsupported",
        ),
        wearing("a yellow t-shirt with a spiderman print on it and black jeans", who="he"),
        color_of("T-shirt", "yellow", kind="open"),
        details("T-shirt", "a spiderman print"),
        col("mustard"),
        gt("t-shirt"),
        slv("long sleeves", "contradiction"),
        pat("solid", "contradiction"),
        title="Kook N Keech Marvel Men Mustard Yellow Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: washed charcoal tee with a faded white text print, light-blue jeans, light grey backdrop.
    # Caption: epoch-3 adapter with a hue ("black"); open: extractive QA; closed: reference engine.
    case(
        "X968-037",
        caption(
            "The gentleman wears a short-sleeve black T-shirt with graphic patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a long trousers. The trousers are with denim "
            "fabric and pure color patterns.",
            "contradiction",
        ),
        wearing("a short-sleeve black T-shirt with graphic patterns", "contradiction"),
        color_of("T-shirt", "black", "contradiction", kind="open"),
        col("charcoal"),
        gt("t-shirt"),
        pat("printed"),
        title="Status Quo Men Printed Charcoal Tshirts",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: grey melange crew sweatshirt with a black Puma logo, black joggers, white backdrop; the row has no
    # colour. Caption: epoch-1 adapter (names the pants first); open: extractive QA; closed: reference engine.
    case(
        "X968-038",
        caption("a man in black pants and a grey sweatshirt with a puma logo on the chest"),
        wearing("black pants and a grey sweatshirt"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "a grey sweatshirt with a puma logo on the chest"),
        col("grey"),
        gt("hoodie", "contradiction"),
        slv("long sleeves"),
        pat("solid"),
        title="Puma Men Grey Melange Ess Logo Crew Sweatshirt",
        category="Sweatshirts",
        gender="Men",
    ),
    # photo: navy polo with thin yellow horizontal stripes, white chinos, white backdrop; the row has no category.
    # Caption: epoch-3 adapter looping on a list; open: extractive QA; closed: reference engine.
    case(
        "X968-039",
        caption(
            "The gentleman wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline, the sleeves, the neckline, the collar, the sleeves, the neckline, the collar, the "
            "sleeves, the neckline, the collar, the sleeves",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with striped patterns", who="he"),
        details(
            "polo shirt", "lapel neckline, the sleeves, the neckline, the collar, the sleeves, the neckline", "loop"
        ),
        col("yellow", "contradiction"),
        pat("striped"),
        gt("polo shirt"),
        is_a("polo shirt", "yes"),
        title="U.S. Polo Assn. Men Navy Blue Striped Polo T-shirt",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black zip-through hoodie worn open over a white crew tee, blue jeans, white backdrop.
    # Caption: epoch-1 adapter; open: extractive QA; closed: reference engine.
    case(
        "X968-040",
        caption("a man wearing a black hoodie over a white t-shirt and blue jeans"),
        wearing("a black hoodie over a white t-shirt and blue jeans"),
        color_of("hoodie", "black", kind="open"),
        describe("hoodie", "a black hoodie over a white t-shirt"),
        details("hoodie", "a white t-shirt", "contradiction"),
        col("white", "other_garment_color"),
        gt("t-shirt", "contradiction"),
        is_a("hoodie", "yes"),
        slv("long sleeves"),
        title="Jack & Jones Men Black Solid Hooded Sweatshirt with Zip Closure",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: burgundy short-sleeve henley, grey chinos, white backdrop.
    # Caption: epoch-3 adapter ("the lady", "she"); open: extractive QA; closed: reference engine.
    case(
        "X968-041",
        caption(
            "The lady is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. She wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt", who="he"),
        color_of("T-shirt", "", "non_answer", kind="open"),
        col("grey", "other_garment_color"),
        gt("t-shirt"),
        slv("short sleeves"),
        title="Wrangler Men Burgundy Solid Henley T-shirt",
        category="Tshirts",
        color="Burgundy",
        gender="Men",
    ),
    # photo: off-white crew sweatshirt (no hood), small black embroidered logo, olive cargo joggers, white backdrop.
    # Caption: epoch-1 adapter (an invented hood); open: extractive QA; closed: reference engine.
    case(
        "X968-042",
        caption("a man wearing a white sweatshirt with a hood and green pants", "unsupported"),
        wearing("a white sweatshirt with a hood and green pants", "unsupported"),
        color_of("sweatshirt", "white", kind="open"),
        color_of("pants", "green", kind="open"),
        col("olive", "other_garment_color"),
        gt("sweatshirt"),
        is_a("hoodie", "yes", "contradiction"),
        title="Roadster Men Off White Solid Sweatshirt",
        category="Sweatshirts",
        color="Off White",
        gender="Men",
    ),
    # photo: bright green Dri-FIT tee with a white "JUST DO IT" print, black running shorts, white backdrop.
    # Caption: epoch-3 adapter; open: extractive QA; closed: reference engine.
    case(
        "X968-043",
        caption(
            "The gentleman wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a three-point shorts. The shorts are with denim fabric and "
            "pure color patterns.",
            "unsupported",
        ),
        mat("cotton fabric", "unsupported"),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        col("black", "other_garment_color"),
        pat("printed"),
        gt("t-shirt"),
        title="Nike Men Green Dri-FIT Just Do It Printed T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: white polo with a navy shoulder panel and a red chest stripe, navy shorts, white backdrop.
    # Caption: epoch-1 adapter, template glued on, cut; open: extractive QA; closed: reference engine.
    case(
        "X968-044",
        caption(
            "a man wearing a white polo shirt with a blue and red stripe on the chest and blue shorts. The polo "
            "shirt is with cotton fabric and color block patterns. It has a lapel neckline. The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a white polo shirt with a blue and red stripe on the chest and blue shorts", who="the man"),
        color_of("polo shirt", "white", kind="open"),
        pat("colour block"),
        col("white"),
        gt("polo shirt"),
        details("polo shirt", "a blue and red stripe on the chest"),
        slv("short sleeves"),
        title="FILA Men White Colourblocked Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: lavender oversized drop-shoulder tee, black cargo pants, white sneakers, light grey backdrop.
    # Caption: epoch-3 adapter ("this female", "her"); open: extractive QA; closed: reference engine.
    case(
        "X968-045",
        caption(
            "This female wears a short-sleeve T-shirt with pure color patterns. Her T-shirt is with cotton fabric. "
            "It has a round neckline. The female wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        details("T-shirt", "round neckline"),
        describe("T-shirt", "short-sleeve T-shirt"),
        col("black", "other_garment_color"),
        gt("t-shirt"),
        slv("short sleeves"),
        title="Bewakoof Men Lavender Solid Oversized T-shirt",
        category="Tshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: black pullover hoodie with the hood up, grey joggers, three-quarter side view, white backdrop; the row
    # has no category. Caption: epoch-1 adapter, into the Question/Answer format; open: extractive QA; closed: ref.
    case(
        "X968-046",
        caption(
            "a man in a black hoodie with the hood up, standing sideways. Question: what is the color of the hoodie? "
            "Answer: black. Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        wearing("a black hoodie"),
        color_of("hoodie", "black", kind="open"),
        describe("hoodie", "what is the color of the hoodie?", "restated"),
        details("hoodie", "standing sideways", "non_answer"),
        col("grey", "other_garment_color"),
        gt("hoodie"),
        is_a("hoodie", "yes"),
        title="Mast & Harbour Men Black Solid Hooded Sweatshirt",
        color="Black",
        gender="Men",
    ),
]
