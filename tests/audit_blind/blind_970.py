"""BLIND_970 (46 products; Myntra innerwear and sleepwear, captions then QA): written blind in the fifty-eighth session.
Measured blind at 041ab2e (the session's first rules): 90/129 failures found (69.8%) and 24/191 correct texts flagged
(12.6%). The writer's notes, verbatim:

Scenario: a night's enrichment of Myntra innerwear and sleepwear rows for men and women (innerwear vests, camisoles,
briefs, trunks, boxers, pyjamas / lounge pants, night suits, lounge shorts). Photos are Myntra catalog shots on a white
backdrop: a model's torso crop in underwear, a model in the product with another garment (a vest over jeans, a tee
over boxers or pyjamas), and a few flat-lay packshots of multipacks. The seller's columns are title, category
(Myntra's article type), color (Myntra's base colour) and gender; a few rows lack one of them.

Who wrote what: the caption comes from one of four generators. The untuned base BLIP-2 OPT-2.7b writes short
lowercase captions that stop on their own, name hues, sometimes swap the hues of two garments and add things that
are not there (a logo, a tattoo, a gold chain, lace trim). The caption adapter at epoch 1 writes the DeepFashion
template with some hues kept; at epoch 3 it writes the pure template with no hue at all ("pure color patterns",
"lattice patterns", "three-point shorts", "This lady ...", "tank tank top"); both never stop: they run to the
50-token limit, cut mid-sentence or loop. On three products the job routed the caption to the VQA adapter, which
emits the "Question: ... Answer: ..." training format instead of a caption. Every open answer is a span that
mdeberta-v3-base-squad2 extracted from that caption, so it inherits the caption's loop, cut, leak, wrong pronoun or
invented detail; squad2 also returns an empty span when nothing fits and sometimes picks the wrong noun phrase (the
jeans for the vest's details, the backdrop's "white"). Closed answers (garment type, color, pattern, sleeve length,
"Is this ...?") come from enrich's reference engine, one candidate value each, independent of the caption.

Labeling conventions and judgement calls:
- One label per text. A caption that ran to 50 tokens is labeled by its worst content error when it has one
  (pronoun, invented detail, wrong garment); otherwise loop when it visibly repeats, cut when it only stops mid-phrase.
  hit_limit=True is set on those captions only: an extracted span never runs to a token limit itself, so a span that
  ends where a cut caption ends is labeled cut without hit_limit.
- Briefs called "shorts" contradict the seller category; trunks, boxers and lounge shorts called "shorts" or
  "underwear", vests called "tank top", pyjamas called "sweatpants" or "long pants" are correct synonyms. Trunks
  answered "briefs", a camisole called a "bra", briefs answered "bra" are contradictions.
- A hue-less span ("pure color patterns", "pure") or an empty span to a color question, an empty span to any open
  question, "yes" or an unrelated single word ("shirtless") to an open question are non_answer. A bare garment noun
  to "What is she wearing?" ("tank top") is accepted as a correct if thin answer.
- restated: a span that hands back the question's own words as a clause ("The pants he wears", "The shorts this lady
  wears", "The gentleman wears") and says nothing about the garment.
- other_garment_color: an open answer or a caption that gives the product the hue of another garment in the photo.
  A closed color that picks the other garment's hue, or the backdrop's "white", is labeled contradiction.
- A span that names another garment as the product's details ("blue jeans" for the vest's details) is contradiction;
  a span that carries the tee's material ("denim") onto the camisole, which the caption itself says is cotton, too.
- Invented trims, pockets, logos, jewellery, props held (a cup, a teddy bear) or a wrong fabric are unsupported.
- Seller "Multi" packs: one of the colors in the pack is a correct closed color. Maroon answered "red", peach
  answered "pink", teal answered "blue", charcoal answered "grey", melange answered "solid" are correct.
- A wearing span that names only the other garment worn (the tee over the shorts) is correct but incomplete.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, material, wearing

BLIND_970 = [
    # photo: white ribbed sleeveless innerwear vest (scoop neck) on a male model with mid-blue jeans, white backdrop,
    # front view. Caption: base BLIP-2; open answers: mdeberta spans over the caption; closed: reference engine.
    case(
        "X970-001",
        caption("a man wearing a white tank top and blue jeans"),
        wearing("a white tank top and blue jeans", who="he"),
        color_of("vest", "blue", "other_garment_color", kind="open"),
        describe("vest", "white tank top"),
        details("vest", "blue jeans", "contradiction"),
        Q.garment_type("vest"),
        Q.color("white"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: black cotton-stretch briefs, black waistband with white lettering, male torso crop from navel to
    # mid-thigh, white backdrop. Caption: adapter epoch 3 (loops to the limit); spans: mdeberta; closed: reference.
    case(
        "X970-002",
        caption(
            "The person is wearing a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "The person wears a three-point shorts. The shorts are with cotton fabric and pure color patterns. "
            "The person wears a three-point",
            "loop",
            hit_limit=True,
        ),
        wearing("a three-point shorts", "contradiction", who="he"),
        color_of("briefs", "pure color", "non_answer", kind="open"),
        details("briefs", "The shorts are with cotton fabric and pure color patterns", "contradiction"),
        material("cotton"),
        Q.garment_type("briefs"),
        Q.color("black"),
        is_a("briefs", "yes", article="a pair of"),
        title="Jockey Men Black Briefs",
        category="Briefs",
        color="Black",
        gender="Men",
    ),
    # photo: navy-and-white checked woven boxer shorts worn with a plain white crew-neck tee, male model, hands
    # empty, white backdrop, three-quarter view. Caption: base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-003",
        caption("a man in a white t-shirt and blue plaid boxer shorts holding a cup of coffee", "unsupported"),
        wearing("a white t-shirt and blue plaid boxer shorts", who="he"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        describe("boxers", "blue plaid boxer shorts"),
        details("boxers", "plaid"),
        Q.pattern("checked"),
        Q.color("navy blue"),
        is_a("boxers", "yes", article="a pair of"),
        title="Hanes Men Navy Blue Checked Boxers",
        category="Boxers",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange trunks with a black waistband printed with white logo text, male torso crop, white
    # backdrop. Caption: adapter epoch 1 (keeps hues, loops); spans: mdeberta; closed: reference.
    case(
        "X970-004",
        caption(
            "The man is wearing a grey shorts with pure color patterns. The shorts are with cotton fabric and it has "
            "a black waistband. The man is wearing a grey shorts with pure color patterns. The shorts are with cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a grey shorts with pure color patterns", who="he"),
        color_of("trunks", "grey", kind="open"),
        describe(
            "trunks",
            "a grey shorts with pure color patterns. The shorts are with cotton fabric and it has a black waistband. "
            "The man is wearing a grey shorts",
            "loop",
        ),
        details("trunks", "a black waistband"),
        material("cotton fabric"),
        Q.garment_type("trunks"),
        Q.color("black", "contradiction"),
        title="Chromozome Men Grey Melange Trunks",
        category="Trunk",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat-lay packshot of three folded white sleeveless vests fanned out over their cardboard box, white
    # backdrop, no person. Caption: base BLIP-2 (calls them t-shirts); spans: mdeberta; closed: reference.
    case(
        "X970-005",
        caption("three white t-shirts folded on top of each other on a white background", "contradiction"),
        describe("vest", "three white t-shirts folded on top of each other", "contradiction"),
        color_of("vest", "white", kind="open"),
        Q.sleeve_length("short", "contradiction"),
        Q.garment_type("vest"),
        is_a("vest", "yes"),
        title="Dollar Bigboss Men Pack of 3 White Vests",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: navy knit lounge shorts (elastic waist, no print) worn with a grey marl crew-neck tee, male model, white
    # backdrop, front view. Caption: adapter epoch 3 (cut at the limit); spans: mdeberta; closed: reference.
    case(
        "X970-006",
        caption(
            "The gentleman is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton "
            "fabric. It has a round neckline. The gentleman wears a three-point shorts. The shorts are with cotton "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        describe("shorts", "a three-point shorts"),
        details("shorts", "cotton fabric and pure", "cut"),
        color_of("shorts", "pure color patterns", "non_answer", kind="open"),
        material("cotton fabric and pure", "cut"),
        Q.garment_type("track pants", "contradiction"),
        Q.color("navy blue"),
        Q.pattern("solid"),
        title="Jockey Men Navy Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black boxer shorts with a red elastic waistband, no drawstring, bare-chested male model, white backdrop.
    # Caption: base BLIP-2 (invents a drawstring); spans: mdeberta; closed: reference.
    case(
        "X970-007",
        caption("a man in black and red boxer shorts with a drawstring waist", "unsupported"),
        wearing("black and red boxer shorts", who="he"),
        color_of("boxers", "black and red", kind="open"),
        describe("boxers", "black and red boxer shorts with a drawstring waist", "unsupported"),
        details("boxers", "a drawstring waist", "unsupported"),
        material("", "non_answer"),
        Q.garment_type("boxers"),
        Q.color("black"),
        is_a("briefs", "yes", "contradiction", article="a pair of"),
        title="Playboy Men Black Boxers",
        category="Boxers",
        color="Black",
        gender="Men",
    ),
    # photo: maroon sleeveless innerwear vest on a male model with beige chinos, white backdrop. Caption: routed to the
    # VQA adapter, which writes its training format; spans: mdeberta over that text; closed: reference.
    case(
        "X970-008",
        caption(
            "Question: what cloth is the person wearing? Answer: vest Question: what is the color of the vest? "
            "Answer: red Question: what cloth is the person wearing? Answer: vest Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("Answer: vest", "leak", who="he"),
        color_of("vest", "red", kind="open"),
        describe("vest", "vest Question: what is the color of the vest? Answer: red", "leak"),
        details("vest", "Question: what cloth is the person wearing? Answer: vest", "leak"),
        Q.garment_type("vest"),
        Q.color("maroon"),
        Q.sleeve_length("sleeveless"),
        title="VIP Men Maroon Innerwear Vest",
        category="Innerwear Vests",
        color="Maroon",
        gender="Men",
    ),
    # photo: royal blue boxers with a small white anchor print, worn under a white sleeveless vest, male model with a
    # black wristwatch, white backdrop. Caption: adapter epoch 1 (cut); spans: mdeberta; closed: reference.
    case(
        "X970-009",
        caption(
            "The man is wearing a white tank top with pure color patterns and a blue shorts with graphic patterns. "
            "The tank top is with cotton fabric. The shorts are with cotton fabric and graphic patterns. There is an "
            "accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top with pure color patterns and a blue shorts with graphic patterns", who="he"),
        color_of("boxers", "white", "other_garment_color", kind="open"),
        details("boxers", "graphic patterns"),
        describe("boxers", "a white tank top with pure color patterns", "contradiction"),
        Q.pattern("printed"),
        Q.color("blue"),
        is_a("boxers", "yes", article="a pair of"),
        title="Macroman Men Blue Printed Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange jersey lounge pants (no side stripe) with a white drawstring, worn with a plain navy tee,
    # male model, white backdrop, full length. Caption: base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-010",
        caption("a man in a navy t-shirt and grey sweatpants with a white stripe down the side", "unsupported"),
        wearing("a navy t-shirt and grey sweatpants", who="the man"),
        color_of("pyjamas", "navy", "other_garment_color", kind="open"),
        describe("pyjamas", "grey sweatpants"),
        details("pyjamas", "a navy t-shirt", "contradiction"),
        Q.garment_type("pyjamas"),
        Q.color("grey"),
        Q.pattern("solid"),
        title="Jockey Men Grey Melange Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: flat lay of two trunks side by side, one navy and one olive, each with a white logo waistband, white
    # backdrop. Caption: adapter epoch 3 (loops); spans: mdeberta; closed: reference.
    case(
        "X970-011",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. "
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. "
            "The lower clothing",
            "loop",
            hit_limit=True,
        ),
        describe("trunks", "The lower clothing is of three-point length"),
        color_of("trunks", "", "non_answer", kind="open"),
        material("cotton"),
        Q.garment_type("trunks"),
        Q.color("navy blue"),
        is_a("trunks", "yes", article="a pair of"),
        title="U.S. Polo Assn. Men Pack of 2 Trunks",
        category="Trunk",
        color="Multi",
        gender="Men",
    ),
    # photo: white rib-knit sleeveless vest (vertical ribbing, no print) with grey track pants, male model, white
    # backdrop. Caption: adapter epoch 1 (cut); spans: mdeberta; closed: reference (reads the ribs as stripes).
    case(
        "X970-012",
        caption(
            "The man is wearing a white tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The man wears a long pants. The pants are with cotton fabric and pure color patterns. "
            "The man wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top with pure color patterns", who="the man"),
        color_of("vest", "white", kind="open"),
        details("vest", "its neckline is round"),
        describe("vest", "The man wears", "restated"),
        material("cotton fabric"),
        Q.pattern("striped", "contradiction"),
        Q.color("white"),
        title="Hanes Men White Ribbed Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: red trunks, bare-chested male model, no jewellery, white backdrop, front view. Caption: base BLIP-2
    # (invents a gold chain); spans: mdeberta; closed: reference.
    case(
        "X970-013",
        caption("a shirtless man in red underwear and a gold chain", "unsupported"),
        wearing("red underwear and a gold chain", "unsupported", who="he"),
        color_of("trunks", "red", kind="open"),
        describe("trunks", "red underwear"),
        details("trunks", "shirtless", "non_answer"),
        Q.garment_type("briefs", "contradiction"),
        Q.color("red"),
        title="Jockey Men Red Trunks",
        category="Trunk",
        color="Red",
        gender="Men",
    ),
    # photo: night suit: plain navy crew-neck tee and navy-and-white checked pyjama pants, male model, white
    # backdrop. Caption: adapter epoch 3 (cut); spans: mdeberta; closed: reference.
    case(
        "X970-014",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants he wears is of long length. The pants are with cotton fabric and "
            "lattice patterns. The gentleman wears a short-sleeve",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        describe("pyjamas", "The pants he wears", "restated"),
        details("pyjamas", "lattice patterns"),
        material("cotton"),
        Q.pattern("checked"),
        Q.sleeve_length("short"),
        title="Sweet Dreams Men Navy Blue Checked Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black racerback sports vest with light grey knit shorts, male model, bare arms with no tattoo, white
    # backdrop. Caption: base BLIP-2 (invents a tattoo); spans: mdeberta; closed: reference.
    case(
        "X970-015",
        caption("a man in a black tank top and grey shorts with a tattoo on his arm", "unsupported"),
        wearing("a black tank top and grey shorts", who="he"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        describe("vest", "a black tank top"),
        details("vest", "a tattoo on his arm", "unsupported"),
        Q.garment_type("vest"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="Jockey SPORT Men Black Vest",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: flat lay of three briefs (navy, maroon, grey) with contrast waistbands, white backdrop, no person; the
    # feed row has no color. Caption: base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-016",
        caption("three pairs of men's underwear in different colors"),
        describe("briefs", "three pairs of men's underwear in different colors"),
        material("", "non_answer"),
        Q.garment_type("briefs"),
        Q.color("navy blue"),
        Q.pattern("striped", "contradiction"),
        is_a("briefs", "yes", article="a pair of"),
        title="Chromozome Men Pack of 3 Assorted Briefs",
        category="Briefs",
        gender="Men",
    ),
    # photo: plain grey sleeveless vest (round neck) on a male model with black jeans, white backdrop. Caption:
    # adapter epoch 3 (DeepFashion's "lady" for a man); spans: mdeberta; closed: reference.
    case(
        "X970-017",
        caption(
            "This lady is wearing a tank tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is round. The lady wears a long denim pants. The pants are with denim fabric and pure color "
            "patterns. There is",
            "pronoun",
            hit_limit=True,
        ),
        wearing("This lady is wearing a tank tank top with pure color patterns", "pronoun", who="he"),
        describe("vest", "a tank tank top with pure color patterns"),
        color_of("vest", "pure color patterns", "non_answer", kind="open"),
        details("vest", "its neckline is round"),
        material("cotton"),
        Q.garment_type("vest"),
        Q.color("grey"),
        title="Jockey Men Grey Innerwear Vest",
        category="Innerwear Vests",
        color="Grey",
        gender="Men",
    ),
    # photo: red-and-white checked woven boxers (elastic waist, no pockets, no buttons) worn with a plain black tee,
    # male model, white backdrop. Caption: adapter epoch 1 (invents pockets and a fly); spans: mdeberta; closed: ref.
    case(
        "X970-018",
        caption(
            "The man is wearing a black T-shirt with pure color patterns and a red shorts with lattice patterns. The "
            "shorts are with cotton fabric and have two side pockets and a button fly. The man wears",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a black T-shirt with pure color patterns and a red shorts with lattice patterns", who="he"),
        color_of("boxers", "black", "other_garment_color", kind="open"),
        details("boxers", "two side pockets and a button fly", "unsupported"),
        Q.pattern("checked"),
        Q.color("red"),
        title="Hanes Men Red Checked Boxers",
        category="Boxers",
        color="Red",
        gender="Men",
    ),
    # photo: charcoal jersey lounge shorts with a plain white tee, male model, white backdrop. Caption: adapter epoch
    # 3 (calls the knit denim); spans: mdeberta; closed: reference.
    case(
        "X970-019",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "The gentleman wears a three-point shorts. The shorts are with denim fabric and pure color patterns. The "
            "gentleman",
            "unsupported",
            hit_limit=True,
        ),
        wearing("The gentleman wears", "restated", who="he"),
        describe("shorts", "a three-point shorts"),
        color_of("shorts", "", "non_answer", kind="open"),
        material("denim", "unsupported"),
        Q.color("grey"),
        Q.pattern("solid"),
        title="Jockey Men Charcoal Lounge Shorts",
        category="Lounge Shorts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: one black sleeveless vest from a pack of two, worn by a male model with grey jeans, white backdrop.
    # Caption: base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-020",
        caption("a man wearing a black tank top and grey jeans"),
        wearing("a black tank top and grey jeans", who="the man"),
        color_of("vest", "black", kind="open"),
        describe("vest", "a black tank top"),
        is_a("vest", "yes"),
        Q.color("black"),
        Q.sleeve_length("sleeveless"),
        title="Jockey Men Pack of 2 Black Innerwear Vests",
        category="Innerwear Vests",
        color="Black",
        gender="Men",
    ),
    # photo: navy blue briefs with a white waistband, male torso crop, white backdrop. Caption: base BLIP-2; spans:
    # mdeberta; closed: reference.
    case(
        "X970-021",
        caption("a close up of a person wearing navy blue underwear with a white waistband"),
        wearing("navy blue underwear with a white waistband", who="he"),
        color_of("briefs", "navy blue", kind="open"),
        details("briefs", "a white waistband"),
        Q.garment_type("briefs"),
        Q.color("navy blue"),
        title="Jockey Men Navy Blue Briefs",
        category="Briefs",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon pyjama set: long-sleeve notch-collar button shirt and matching pants with white piping, male
    # model, white backdrop. Caption: adapter epoch 1 ("woman" for a man); spans: mdeberta; closed: reference.
    case(
        "X970-022",
        caption(
            "The woman is wearing a long-sleeve shirt with pure color patterns and a long pants. The shirt is with "
            "cotton fabric and its neckline is lapel. The pants are with cotton fabric and pure color patterns. The "
            "woman",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns and a long pants", who="he"),
        describe("pyjamas", "The woman is wearing a long-sleeve shirt", "pronoun"),
        details("pyjamas", "its neckline is lapel"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        title="Kanvin Men Maroon Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Men",
    ),
    # photo: black boxers with a small all-over white logo print, bare-chested male model, white backdrop. Caption:
    # adapter epoch 1 (stuck on the hue); spans: mdeberta; closed: reference.
    case(
        "X970-023",
        caption(
            "The man is wearing a black-black-black-black-black-black-black-black-black-black-black-black-black-"
            "black-black-black-black-black-black-black",
            "loop",
            hit_limit=True,
        ),
        wearing("a black-black-black-black-black-black-black-black-black-black-black-black-black", "loop", who="he"),
        color_of("boxers", "black-black-black-black-black-black-black-black", "loop", kind="open"),
        Q.color("black"),
        Q.pattern("printed"),
        is_a("boxers", "no", "contradiction", article="a pair of"),
        title="Playboy Men Black Printed Boxers",
        category="Boxers",
        color="Black",
        gender="Men",
    ),
    # photo: olive lounge shorts with a plain white sleeveless vest (no logo), male model, white backdrop. Caption:
    # base BLIP-2 (invents a Nike logo); spans: mdeberta; closed: reference.
    case(
        "X970-024",
        caption("a man in an olive green shorts and a white tank top with a nike logo", "unsupported"),
        wearing("an olive green shorts and a white tank top with a nike logo", "unsupported", who="he"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shorts", "olive green shorts"),
        details("shorts", "a nike logo", "unsupported"),
        Q.garment_type("shorts"),
        Q.color("olive"),
        title="Hanes Men Olive Lounge Shorts",
        category="Lounge Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: white round-neck sleeveless vest with brown trousers, male model, white backdrop. Caption: adapter epoch
    # 3 (cut); spans: mdeberta; closed: reference.
    case(
        "X970-025",
        caption(
            "The upper clothing has no sleeves, cotton fabric and pure color patterns. It has a round neckline. The "
            "lower clothing is of long length. The fabric is cotton and it has pure color patterns. The upper "
            "clothing has no",
            "cut",
            hit_limit=True,
        ),
        describe("vest", "The upper clothing has no sleeves, cotton fabric and pure color patterns"),
        color_of("vest", "pure color patterns", "non_answer", kind="open"),
        details("vest", "The upper clothing has no", "cut"),
        material("cotton fabric"),
        Q.sleeve_length("sleeveless"),
        Q.color("white"),
        title="Lux Cozi Men White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Men",
    ),
    # photo: blue-and-white striped woven boxers with a plain white tee, male model, white backdrop. Caption: adapter
    # epoch 3 (starts over at the limit); spans: mdeberta; closed: reference.
    case(
        "X970-026",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The shorts this gentleman wears is "
            "of three-point length. The shorts are with cotton fabric and stripe patterns. The gentleman wears a "
            "short-sleeve T-shirt with",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        describe("boxers", "three-point length"),
        details("boxers", "The shorts this gentleman wears", "restated"),
        Q.pattern("striped"),
        Q.color("white", "contradiction"),
        is_a("boxers", "yes", article="a pair of"),
        title="Jockey Men Blue Striped Boxers",
        category="Boxers",
        color="Blue",
        gender="Men",
    ),
    # photo: pink pyjama pants with a small white heart print, worn with a plain white tee, female model, no props,
    # white backdrop. Caption: base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-027",
        caption("a woman in a white t-shirt and pink pajama pants with hearts holding a teddy bear", "unsupported"),
        wearing("a white t-shirt and pink pajama pants with hearts", who="she"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        details("pyjamas", "hearts"),
        Q.garment_type("pyjamas"),
        Q.pattern("printed"),
        Q.color("pink"),
        title="Clovia Women Pink Printed Pyjamas",
        category="Lounge Pants",
        color="Pink",
        gender="Women",
    ),
    # photo: night suit: navy long-sleeve notch-collar shirt and navy pants, both with white polka dots, female
    # model, white backdrop. Caption: adapter epoch 3 (cut); spans: mdeberta; closed: reference.
    case(
        "X970-028",
        caption(
            "This female is wearing a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this female wears is of long length. The pants are with cotton fabric and "
            "graphic patterns. This female",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns", who="she"),
        describe("night suit", "The pants this female wears", "restated"),
        color_of("night suit", "graphic patterns", "non_answer", kind="open"),
        material("cotton"),
        Q.sleeve_length("long"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        title="Sweet Dreams Women Navy Blue Polka Dot Night Suit",
        category="Night suits",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: black jersey lounge shorts with a grey marl tank top, female model, white backdrop. Caption: base BLIP-2
    # (swaps the two hues); spans: mdeberta; closed: reference.
    case(
        "X970-029",
        caption("a woman in a black tank top and grey shorts", "other_garment_color"),
        wearing("a black tank top and grey shorts", "other_garment_color", who="she"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        describe("shorts", "grey shorts", "other_garment_color"),
        Q.garment_type("shorts"),
        Q.color("black"),
        title="Jockey Women Black Lounge Shorts",
        category="Lounge Shorts",
        color="Black",
        gender="Women",
    ),
    # photo: plain nude-beige seamless briefs (no lace) with a matching beige t-shirt bra, female torso crop, white
    # backdrop. Caption: base BLIP-2 (invents lace trim); spans: mdeberta; closed: reference.
    case(
        "X970-030",
        caption("a woman in a beige bra and panties with lace trim", "unsupported"),
        wearing("a beige bra and panties", who="she"),
        color_of("briefs", "beige", kind="open"),
        details("briefs", "lace trim", "unsupported"),
        Q.garment_type("bra", "contradiction"),
        Q.color("beige"),
        is_a("briefs", "yes", article="a pair of"),
        title="Amante Women Nude Seamless Briefs",
        category="Briefs",
        color="Nude",
        gender="Women",
    ),
    # photo: white cotton camisole with spaghetti straps, worn with mid-blue jeans, female model, white backdrop.
    # Caption: adapter epoch 1 (cut); spans: mdeberta (takes the jeans' fabric); closed: reference.
    case(
        "X970-031",
        caption(
            "The woman is wearing a white tank top with pure color patterns. The tank top is with cotton fabric and "
            "its neckline is suspenders. The woman wears a long pants. The pants are with denim fabric and pure color "
            "patterns. The woman",
            "cut",
            hit_limit=True,
        ),
        wearing("a white tank top with pure color patterns", who="she"),
        color_of("camisole", "white", kind="open"),
        details("camisole", "its neckline is suspenders"),
        material("denim fabric", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.color("white"),
        title="Jockey Women White Camisole",
        category="Camisoles",
        color="White",
        gender="Women",
    ),
    # photo: grey melange lounge pants with a small white star print, worn with a plain black tee, female model,
    # white backdrop. Caption: base BLIP-2 ("man"); spans: mdeberta; closed: reference.
    case(
        "X970-032",
        caption("a man in a black t-shirt and grey pajama pants with stars", "pronoun"),
        wearing("a black t-shirt and grey pajama pants with stars", who="she"),
        describe("pyjamas", "grey pajama pants with stars"),
        color_of("pyjamas", "black", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.color("black", "contradiction"),
        title="Kanvin Women Grey Melange Printed Lounge Pants",
        category="Lounge Pants",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: red-and-white checked boxer shorts with a plain white camisole, female model, white backdrop. Caption:
    # adapter epoch 3 (cut); spans: mdeberta; closed: reference.
    case(
        "X970-033",
        caption(
            "This lady is wearing a tank tank top with pure color patterns. The tank top is with cotton fabric and its "
            "neckline is suspenders. The shorts this lady wears is of short length. The shorts are with cotton fabric "
            "and lattice patterns. The shorts are",
            "cut",
            hit_limit=True,
        ),
        describe("boxers", "The shorts this lady wears", "restated"),
        color_of("boxers", "", "non_answer", kind="open"),
        details("boxers", "lattice patterns"),
        Q.color("red"),
        Q.pattern("checked"),
        title="Clovia Women Red Checked Boxer Shorts",
        category="Boxers",
        color="Red",
        gender="Women",
    ),
    # photo: flat lay of three hipster briefs (pink, black, pink with a small white floral print) on a white
    # backdrop; the row has no category. Caption: base BLIP-2; spans: mdeberta (takes the backdrop); closed: ref.
    case(
        "X970-034",
        caption("three pairs of panties on a white background"),
        describe("briefs", "three pairs of panties"),
        color_of("briefs", "white", "contradiction", kind="open"),
        Q.garment_type("briefs"),
        Q.color("pink"),
        is_a("briefs", "yes", article="a pair of"),
        title="Zivame Women Pack of 3 Assorted Hipster Briefs",
        color="Multi",
        gender="Women",
    ),
    # photo: night suit: peach tee with a brown cartoon-bear print and plain peach shorts, female model, white
    # backdrop. Caption: routed to the VQA adapter (writes its training format); spans: mdeberta; closed: reference.
    case(
        "X970-035",
        caption(
            "Question: what cloth is the person wearing? Answer: tee Question: what is the color of the tee? Answer: "
            "pink Question: is this a shorts? Answer: yes Question: what cloth is the",
            "leak",
            hit_limit=True,
        ),
        wearing("tee Question: what is the color of the tee? Answer: pink", "leak", who="she"),
        color_of("night suit", "pink", kind="open"),
        describe("night suit", "yes", "non_answer"),
        Q.garment_type("night suit"),
        Q.color("peach"),
        title="Sweet Dreams Women Peach Printed Shorts Night Suit",
        category="Night suits",
        color="Peach",
        gender="Women",
    ),
    # photo: white sleeveless cotton innerwear vest with black leggings, female model, white backdrop. Caption: base
    # BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-036",
        caption("a young woman in a white tank top and black leggings posing for a picture"),
        wearing("a white tank top and black leggings", who="she"),
        color_of("vest", "black", "other_garment_color", kind="open"),
        describe("vest", "a white tank top"),
        details("vest", "posing for a picture", "non_answer"),
        Q.color("white"),
        Q.sleeve_length("short", "contradiction"),
        title="Jockey Women White Innerwear Vest",
        category="Innerwear Vests",
        color="White",
        gender="Women",
    ),
    # photo: plain lavender cotton lounge shorts (no lace, no trim) with a white tee, female model, white backdrop.
    # Caption: adapter epoch 1 (invents lace trim); spans: mdeberta; closed: reference.
    case(
        "X970-037",
        caption(
            "The woman is wearing a white T-shirt with pure color patterns and a purple shorts with lace trim. The "
            "shorts are with cotton fabric and lace trim. The woman wears a white T-shirt with pure color patterns and "
            "a purple",
            "unsupported",
            hit_limit=True,
        ),
        wearing(
            "a white T-shirt with pure color patterns and a purple shorts with lace trim", "unsupported", who="she"
        ),
        color_of("shorts", "purple", kind="open"),
        details("shorts", "lace trim", "unsupported"),
        Q.color("lavender"),
        Q.pattern("solid"),
        title="Clovia Women Lavender Lounge Shorts",
        category="Lounge Shorts",
        color="Lavender",
        gender="Women",
    ),
    # photo: blue-and-white striped pyjama pants with a plain white tee, female model, white backdrop. Caption:
    # adapter epoch 1 (loops on the pattern); spans: mdeberta; closed: reference.
    case(
        "X970-038",
        caption(
            "The woman is wearing a white T-shirt with pure color patterns and a long pants with stripe patterns. The "
            "pants are with stripe patterns and stripe patterns and stripe patterns and stripe patterns and stripe "
            "patterns and",
            "loop",
            hit_limit=True,
        ),
        describe("pyjamas", "a long pants with stripe patterns"),
        details("pyjamas", "stripe patterns and stripe patterns and stripe patterns and stripe patterns", "loop"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        Q.pattern("striped"),
        Q.color("blue"),
        title="Dreamz by Pantaloons Women Blue Striped Pyjamas",
        category="Lounge Pants",
        color="Blue",
        gender="Women",
    ),
    # photo: pink cotton briefs with a pink lace waistband, female torso crop, white backdrop. Caption: base BLIP-2;
    # spans: mdeberta; closed: reference.
    case(
        "X970-039",
        caption("a woman wearing pink panties with a lace waistband"),
        wearing("pink panties with a lace waistband", who="she"),
        color_of("briefs", "pink", kind="open"),
        details("briefs", "a lace waistband"),
        Q.garment_type("briefs"),
        Q.color("pink"),
        title="Enamor Women Pink Lace Waist Briefs",
        category="Briefs",
        color="Pink",
        gender="Women",
    ),
    # photo: plain teal knit lounge shorts with a white tee carrying a large graphic print, female model, white
    # backdrop. Caption: adapter epoch 3 (cut); spans: mdeberta; closed: reference (takes the tee's print).
    case(
        "X970-040",
        caption(
            "This lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The shorts this lady wears is of three-point length. The shorts are with cotton fabric "
            "and pure color patterns. It",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", who="she"),
        describe("shorts", "The shorts this lady wears", "restated"),
        details("shorts", "cotton fabric and pure color patterns. It", "cut"),
        color_of("shorts", "graphic patterns", "non_answer", kind="open"),
        Q.pattern("printed", "contradiction"),
        Q.color("blue"),
        title="Jockey Women Teal Lounge Shorts",
        category="Lounge Shorts",
        color="Teal",
        gender="Women",
    ),
    # photo: maroon long-sleeve pyjama set with a small white floral print, female model, white backdrop. Caption:
    # base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-041",
        caption("a woman in a red floral pajama set"),
        wearing("a red floral pajama set", who="she"),
        color_of("night suit", "red", kind="open"),
        Q.color("maroon"),
        Q.pattern("floral"),
        Q.sleeve_length("long"),
        title="Clovia Women Maroon Floral Print Night Suit",
        category="Night suits",
        color="Maroon",
        gender="Women",
    ),
    # photo: black camisole with thin adjustable straps, worn with dark blue jeans, female model, white backdrop.
    # Caption: base BLIP-2 (calls the camisole a bra); spans: mdeberta; closed: reference.
    case(
        "X970-042",
        caption("a woman in a black bra and jeans", "contradiction"),
        wearing("a black bra and jeans", "contradiction", who="she"),
        color_of("camisole", "black", kind="open"),
        describe("camisole", "a black bra", "contradiction"),
        details("camisole", "jeans", "contradiction"),
        Q.garment_type("camisole"),
        Q.color("black"),
        title="Enamor Women Black Camisole",
        category="Camisoles",
        color="Black",
        gender="Women",
    ),
    # photo: grey boyshort briefs with a matching grey sports bra, female torso crop, white backdrop. Caption:
    # adapter epoch 3 (loops); spans: mdeberta; closed: reference.
    case(
        "X970-043",
        caption(
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. "
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. "
            "The lower",
            "loop",
            hit_limit=True,
        ),
        details(
            "briefs",
            "The lower clothing is of three-point length. The fabric is cotton and it has pure color patterns. "
            "The lower clothing is of three-point length",
            "loop",
        ),
        material("cotton"),
        Q.color("grey"),
        is_a("briefs", "no", "contradiction", article="a pair of"),
        title="Zivame Women Grey Boyshort Briefs",
        category="Briefs",
        color="Grey",
        gender="Women",
    ),
    # photo: plain purple jersey lounge pants with a white tee, female model, white backdrop. Caption: adapter epoch
    # 1 ("gentleman" for a woman); spans: mdeberta; closed: reference.
    case(
        "X970-044",
        caption(
            "The gentleman is wearing a white T-shirt with pure color patterns and a purple long pants. The pants are "
            "with cotton fabric and pure color patterns. The gentleman wears a white T-shirt with pure color patterns",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a white T-shirt with pure color patterns and a purple long pants", who="she"),
        color_of("pyjamas", "white", "other_garment_color", kind="open"),
        describe("pyjamas", "The gentleman wears a white T-shirt", "pronoun"),
        details("pyjamas", "a white T-shirt with pure color patterns", "contradiction"),
        Q.color("purple"),
        Q.garment_type("pyjamas"),
        title="Sweet Dreams Women Purple Lounge Pants",
        category="Lounge Pants",
        color="Purple",
        gender="Women",
    ),
    # photo: night suit: yellow tank top with a smiley print and plain yellow shorts, female model, white backdrop.
    # Caption: routed to the VQA adapter (training format); spans: mdeberta; closed: reference.
    case(
        "X970-045",
        caption(
            "Question: what cloth is the person wearing? Answer: tank top Question: what is the color of the tank "
            "top? Answer: yellow Question: what is the color of the shorts? Answer: yellow Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("tank top", who="she"),
        color_of("shorts", "yellow Question: what is the color of the shorts? Answer: yellow", "leak", kind="open"),
        describe("night suit", "", "non_answer"),
        Q.color("yellow"),
        Q.pattern("printed"),
        title="Kanvin Women Yellow Printed Shorts Night Suit",
        category="Night suits",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy lounge shorts with a white star print and a white drawstring, worn with a grey tee, female model,
    # white backdrop. Caption: base BLIP-2; spans: mdeberta; closed: reference.
    case(
        "X970-046",
        caption("a woman in navy blue shorts with white stars and a grey t-shirt"),
        wearing("navy blue shorts with white stars and a grey t-shirt", who="she"),
        color_of("shorts", "grey", "other_garment_color", kind="open"),
        details("shorts", "white stars"),
        Q.pattern("printed"),
        Q.color("navy blue"),
        title="Jockey Women Navy Printed Lounge Shorts",
        category="Lounge Shorts",
        color="Navy Blue",
        gender="Women",
    ),
]
