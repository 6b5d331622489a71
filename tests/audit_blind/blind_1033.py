"""BLIND_1033 (46 products; Myntra men's winterwear, captions then QA): written blind in the fifty-ninth session.
Measured blind at 3b3d3f2 (the session's first rules): 115/134 failures found (85.8%) and 7/193 correct texts flagged
(3.6%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's winterwear (Sweaters, Sweatshirts incl. hoodies, Jackets incl. puffers,
bombers, denim, leather, varsity and rain jackets, one overcoat, one sleeveless padded jacket). Catalog photos on a
white backdrop, worn by a male model over other clothes (t-shirts, shirts, turtlenecks under open jackets and
cardigans; jeans, chinos, joggers below), front or three-quarter view, one seated on a stool.

Who wrote what: the caption of each product comes from one of two writers, per batch. Plain base
Salesforce/blip2-opt-2.7b (no adapter) writes short lowercase captions with hue names ("a man wearing a navy blue
hoodie and blue jeans"); it stops on its own, often gives the product the inner tee's or the jeans' color, now and
then calls a long-haired man "a woman" and adds things that are not there (fur hood, tie, backpack, logo). The
caption adapter leoreigoto/Data2_V2_Blip2_Finetune_Caption (epoch 3) writes the DeepFashion template ("This
gentleman wears a long-sleeve sweatshirt with graphic patterns ..."): no hue names at all, only pattern words, a
default "The lady" from its women-heavy training data, invented fabrics and accessories; it has no trained end
token, so two in five of its captions run to the 50-token limit, cut mid-phrase or looping a sentence. Open
answers are spans that timpal0l/mdeberta-v3-base-squad2 extracts from that caption: they copy the caption's errors,
sometimes pick the wrong garment's color, the subject ("This gentleman") or a pattern word for a color question, or
come back empty. When the extractive model's best span scores below its null answer on a material/details/
describe/color question, the job falls back to the VQA adapter leoreigoto/Data3_V3_BLIP2_VQA with the
"Question: ... Answer:" prompt; that adapter never stops either, so every fallback text ran to the 30-token limit
(loops, prompt leaks, or a cut). Closed answers come from enrich's --engine reference (one candidate picked), so
they never loop or stop short; their errors are wrong picks: another garment's color, the inner garment's sleeves,
the wrong garment class.

Labeling conventions and judgement calls:
- Each text carries at most one label. A looping text that was then cut at the limit is "loop"; a fallback text
  that repeats the prompt format is "leak" even when it also loops or is cut.
- hit_limit=True only on texts that themselves ran to the token limit (captions at 50, fallback answers at 30).
  An extracted span that ends where a cut caption ends is labeled "cut" but has hit_limit=False (mdeberta did not
  hit any limit).
- When an extracted span copies an error from the caption (a wrong color, an invented fur hood), the span gets the
  same label as the caption: every text carrying the wrong fact is a failure.
- A hue the photo shows in a coarser word is correct: "blue" for navy, "orange" for rust, "red" for burgundy,
  "white" for cream/off white, "purple" for lavender, "green" for olive/sea green. Charcoal called "black" is a
  contradiction (the photo is plainly grey).
- A hoodie answered "hoodie" or "hooded sweatshirt" is correct for seller category Sweatshirts; a cardigan is a
  sweater; a sleeveless padded jacket is a vest and also a jacket.
- The product's color given as another garment's color (inner tee, jeans, shirt) is "other_garment_color"; a color
  that is a print's or logo's or stripe's color, or just wrong, is "contradiction". A closed pattern/sleeve/type
  answer that belongs to the layer under the product is "contradiction".
- A pattern word ("pure color", "graphic") as the answer to a color question, an empty span, a span that is only the
  subject ("This gentleman") or a color for the material question is "non_answer". Only the garment's own name back
  ("hoodie" for "Describe the hoodie.") is "restated". A bare garment noun to "What is he wearing?" is a terse but
  correct answer.
- "camouflage" as the color of a camouflage-print jacket is accepted as correct.
- Fabric: knit/knitting for sweaters, cotton for sweatshirts and hoodies, denim and leather where seen, are correct.
  Cotton on a puffer, "leather" for a jacket the title calls faux leather, a hood, fur, tie, logo, backpack or
  wrist accessory that the photo does not show are "unsupported".
- X1033-046: the seller says Brown but the photo is olive; the model's "olive" answers are labeled correct.
- Rows missing gender cannot have a pronoun failure; "The gentleman" there is not labeled.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1033 = [
    # photo: navy pullover hoodie with white drawcords and a kangaroo pocket, blue jeans, white backdrop, front
    # view. Caption: base model; open answers: mdeberta over the caption (material: no span); details: VQA
    # fallback (loop).
    case(
        "X1033-001",
        caption("a man wearing a navy blue hoodie and blue jeans standing against a white background"),
        wearing("a navy blue hoodie and blue jeans"),
        color_of("hoodie", "navy blue", kind="open"),
        describe("hoodie", "a navy blue hoodie"),
        Q.garment_type("hoodie"),
        Q.pattern("solid"),
        color_of("jeans", "navy blue", "other_garment_color"),
        details(
            "hoodie",
            "a hood with drawstrings and a kangaroo pocket and a hood with drawstrings and a kangaroo pocket and a "
            "hood with",
            "loop",
            hit_limit=True,
        ),
        Q.material("", "non_answer"),
        title="Roadster Men Navy Blue Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black quilted padded jacket, stand collar, zipped to the chest, grey tee at the neck, black track
    # pants, no watch or bracelet; white backdrop. Caption: caption adapter (template); open: mdeberta; details:
    # VQA-adapter fallback cut at 30 tokens.
    case(
        "X1033-002",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "cotton fabric and has a stand collar. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        Q.color("black"),
        Q.material("cotton", "unsupported"),
        details(
            "jacket",
            "quilted panels, a stand collar, a zip front with two side pockets and a zipped chest pocket on the "
            "left side and elastic cuffs and a",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("puffer jacket"),
        is_a("puffer jacket", "yes"),
        title="HRX by Hrithik Roshan Men Black Solid Padded Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweater, white shirt collar peeking out, khaki chinos, white backdrop. Caption:
    # base; open: mdeberta; details: VQA fallback (leak).
    case(
        "X1033-003",
        caption("a man wearing a grey sweater and khaki pants"),
        wearing("a grey sweater and khaki pants", who="he"),
        color_of("sweater", "khaki", "other_garment_color", kind="open"),
        describe("sweater", "grey sweater"),
        details(
            "sweater",
            "ribbed collar Question: What are the sweater details? Answer: ribbed collar Question: What are the "
            "sweater",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("short sleeves", "contradiction"),
        Q.color("grey"),
        title="Mast & Harbour Men Grey Melange Solid Pullover Sweater",
        category="Sweaters",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: olive bomber jacket, black rib collar and cuffs, worn open over a white crew tee, black jeans, white
    # backdrop. Caption: base (gave the jacket the tee's white); open: mdeberta; details: VQA fallback, cut.
    case(
        "X1033-004",
        caption("a man wearing a white jacket and black jeans", "other_garment_color"),
        wearing("a white jacket and black jeans", "other_garment_color"),
        describe("jacket", "white jacket", "other_garment_color"),
        Q.color("olive"),
        Q.garment_type("bomber jacket"),
        details(
            "jacket",
            "ribbed collar, ribbed cuffs and ribbed hem with a zip front and two side pockets and a sleeve pocket "
            "on the left arm with a",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="WROGN Men Olive Solid Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey crew-neck sweatshirt with a large black PUMA logo print on the chest, black joggers, white
    # backdrop. Caption: caption adapter (complete); open: mdeberta.
    case(
        "X1033-005",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt "
            "is with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns and a long pants"),
        details("sweatshirt", "its neckline is round"),
        Q.pattern("printed"),
        color_of("sweatshirt", "grey"),
        color_of("pants", "grey", "other_garment_color"),
        Q.material("cotton"),
        is_a("hoodie", "yes", "contradiction"),
        title="Puma Men Grey Printed Sweatshirt",
        category="Sweatshirts",
        color="Grey",
        gender="Men",
    ),
    # photo: maroon cable-knit V-neck sweater over a light blue shirt, grey trousers, white backdrop. Caption:
    # caption adapter, "The lady" for a male model; open: mdeberta.
    case(
        "X1033-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric "
            "and it has a v-shape neckline. Her trousers are long.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        details("sweater", "it has a v-shape neckline"),
        Q.color("maroon"),
        color_of("trousers", "maroon", "other_garment_color"),
        Q.pattern("solid"),
        Q.garment_type("sweater"),
        Q.material("knitting"),
        title="Monte Carlo Men Maroon Cable Knit Sweater",
        category="Sweaters",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy hooded puffer jacket, zipped, blue jeans, white backdrop, three-quarter view. Caption: base
    # (called the navy black); open: mdeberta; material: VQA fallback (leak).
    case(
        "X1033-007",
        caption("a man wearing a black puffer jacket with a hood and jeans", "contradiction"),
        wearing("a black puffer jacket with a hood and jeans", "contradiction"),
        Q.color("navy blue"),
        Q.material(
            "nylon Question: What material is the jacket made of? Answer: nylon Question: What material is the "
            "jacket made of",
            "leak",
            hit_limit=True,
        ),
        is_a("hoodie", "no"),
        Q.sleeve_length("long sleeves"),
        title="Fort Collins Men Navy Blue Hooded Puffer Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red crew-neck sweatshirt with white "BEING HUMAN" lettering across the chest, black jeans, white
    # backdrop. Caption: base; open: mdeberta.
    case(
        "X1033-008",
        caption("a man wearing a red sweatshirt with the words being human on it"),
        wearing("a red sweatshirt", who="he"),
        color_of("sweatshirt", "red", kind="open"),
        describe("sweatshirt", "red sweatshirt with the words being human on it"),
        Q.pattern("printed"),
        Q.color("white", "contradiction"),
        Q.garment_type("sweatshirt"),
        title="Being Human Men Red Printed Sweatshirt",
        category="Sweatshirts",
        color="Red",
        gender="Men",
    ),
    # photo: navy crew-neck sweater with thin white horizontal stripes, beige chinos, white backdrop. Caption:
    # caption adapter, looped to the 50-token limit; open: mdeberta.
    case(
        "X1033-009",
        caption(
            "His sweater has long sleeves, cotton fabric and stripe patterns. It has a round neckline. His pants "
            "are with cotton fabric and pure color patterns. His pants are with cotton fabric and pure color "
            "patterns. His pants are with",
            "loop",
            hit_limit=True,
        ),
        describe("sweater", "long sleeves, cotton fabric and stripe patterns"),
        details("sweater", "It has a round neckline"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        Q.garment_type("sweatshirt", "contradiction"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men Navy Blue Striped Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket worn open over a white hoodie (hood out), black jeans, white backdrop.
    # Caption: base; open: mdeberta; details: VQA fallback, cut.
    case(
        "X1033-010",
        caption("a man wearing a denim jacket over a white hoodie"),
        wearing("a denim jacket over a white hoodie"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("hoodie", "contradiction"),
        is_a("denim jacket", "yes"),
        Q.material("denim"),
        Q.color("blue"),
        details(
            "jacket",
            "button front, two chest flap pockets with buttons, two side welt pockets, button cuffs and a pointed "
            "collar with a",
            "cut",
            hit_limit=True,
        ),
        title="Levis Men Blue Denim Trucker Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: black hooded windcheater with a small reflective logo on the chest, grey track pants, white backdrop.
    # Caption: caption adapter, cut at 50 tokens; open: mdeberta; material: VQA fallback (loop).
    case(
        "X1033-011",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer "
            "clothing has a hooded neckline. The pants are of long length and they are with cotton fabric and pure "
            "color patterns. The gentleman also",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with pure color patterns and a long pants"),
        describe("jacket", "a long-sleeve outer clothing with pure color patterns"),
        Q.color("black"),
        color_of("pants", "black", "other_garment_color"),
        Q.garment_type("jacket"),
        Q.material(
            "polyester polyester polyester polyester polyester polyester polyester polyester polyester polyester",
            "loop",
            hit_limit=True,
        ),
        title="Wildcraft Men Black Solid Hooded Rain Jacket",
        category="Rain Jacket",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal zip-up hoodie worn open over a mustard t-shirt, dark blue jeans, white backdrop. Caption:
    # base (the tee's yellow); open: mdeberta; details: VQA fallback (leak).
    case(
        "X1033-012",
        caption("a man wearing a yellow hoodie and jeans", "other_garment_color"),
        wearing("a yellow hoodie and jeans", "other_garment_color"),
        describe("hoodie", "yellow hoodie", "other_garment_color"),
        Q.color("charcoal"),
        Q.garment_type("hoodie"),
        details(
            "hoodie",
            "a zipper on the front Question: What are the hoodie details? Answer: a zipper on the front Question: "
            "What are",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Jack & Jones Men Charcoal Grey Solid Zip-Front Hooded Sweatshirt",
        category="Sweatshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black pullover hoodie with a small white swoosh on the chest, black joggers, black-and-white sneakers,
    # white backdrop. Caption: caption adapter ("The lady"); open: mdeberta.
    case(
        "X1033-013",
        caption(
            "The lady wears a long-sleeve sweatshirt with pure color patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns and a long pants"),
        describe("hoodie", "The lady wears a long-sleeve sweatshirt with pure color patterns", "pronoun"),
        color_of("hoodie", "pure color", "non_answer", kind="open"),
        Q.color("black"),
        is_a("hoodie", "yes"),
        Q.pattern("solid"),
        Q.material("cotton"),
        title="Nike Men Black Club Fleece Pullover Hoodie",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: beige button-front cardigan worn open over a navy polo shirt, dark brown trousers, white backdrop.
    # Caption: base; open: mdeberta.
    case(
        "X1033-014",
        caption("a man wearing a beige cardigan and a blue shirt"),
        wearing("a beige cardigan and a blue shirt"),
        color_of("cardigan", "blue", "other_garment_color"),
        describe("cardigan", "beige cardigan"),
        details("cardigan", "cardigan", "restated"),
        Q.garment_type("cardigan"),
        color_of("trousers", "beige", "other_garment_color"),
        is_a("sweater", "yes"),
        title="Duke Men Beige Self Design Cardigan",
        category="Sweaters",
        color="Beige",
        gender="Men",
    ),
    # photo: dark brown leather biker jacket with an asymmetric zip and notch lapels, black tee, blue jeans, white
    # backdrop. Caption: caption adapter (complete); open: mdeberta.
    case(
        "X1033-015",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "leather fabric and it has a lapel neckline. This gentleman wears a long pants. The pants are with "
            "denim fabric."
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        Q.material("leather"),
        details("jacket", "it has a lapel neckline"),
        Q.color("brown"),
        color_of("jeans", "brown", "other_garment_color"),
        Q.garment_type("leather jacket"),
        is_a("bomber jacket", "yes", "contradiction"),
        title="Woodland Men Coffee Brown Solid Leather Biker Jacket",
        category="Jackets",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: mustard crew-neck sweatshirt, black jeans, hands in pockets, white backdrop. Caption: base; open:
    # mdeberta (details: empty span).
    case(
        "X1033-016",
        caption("a man in a yellow sweatshirt and black jeans"),
        wearing("a yellow sweatshirt and black jeans", who="he"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        describe("sweatshirt", "yellow sweatshirt"),
        details("sweatshirt", "", "non_answer"),
        Q.color("mustard"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Men Mustard Yellow Solid Sweatshirt",
        category="Sweatshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: off-white cable-knit crew-neck sweater with a small embroidered flag logo, navy chinos, white
    # backdrop. Caption: caption adapter ("The lady"); open: mdeberta; details: VQA fallback, cut.
    case(
        "X1033-017",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitting fabric and "
            "its neckline is round. The lady wears a long trousers.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        describe("sweater", "The lady wears a long-sleeve sweater with pure color patterns", "pronoun"),
        details(
            "sweater",
            "cable knit front, ribbed crew neck, ribbed cuffs and hem, a small embroidered logo on the chest and "
            "dropped shoulders with",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("solid"),
        is_a("cardigan", "no"),
        title="Tommy Hilfiger Men Off White Cable Knit Sweater",
        category="Sweaters",
        color="Off White",
        gender="Men",
    ),
    # photo: olive padded jacket with a detachable hood (plain, no fur), black tee at the neck, black jeans, white
    # backdrop. Caption: base (invented a fur hood); open: mdeberta.
    case(
        "X1033-018",
        caption("a man wearing a green puffer jacket with fur hood", "unsupported"),
        wearing("a green puffer jacket with fur hood", "unsupported"),
        color_of("jacket", "green", kind="open"),
        details("jacket", "fur hood", "unsupported"),
        Q.color("olive"),
        Q.garment_type("puffer jacket"),
        title="Fort Collins Men Olive Green Solid Padded Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: grey melange sweatshirt with navy raglan sleeves (colour block), navy joggers, white backdrop.
    # Caption: caption adapter, cut at 50 tokens; open: mdeberta.
    case(
        "X1033-019",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with color block patterns. The sweatshirt is with cotton "
            "fabric and its neckline is round. The gentleman wears a long pants. The pants are with cotton fabric "
            "and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with color block patterns"),
        details("sweatshirt", "cotton fabric and", "cut"),
        Q.pattern("colourblocked"),
        Q.color("grey"),
        color_of("sweatshirt", "color block", "non_answer", kind="open"),
        Q.sleeve_length("long sleeves"),
        title="Proline Men Grey Melange Colourblocked Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy zip-through track jacket (no hood, stand collar) with three white stripes down each sleeve, white
    # tee, navy track pants, white backdrop. Caption: base (invented a hood); open: mdeberta; describe: VQA
    # fallback (loop).
    case(
        "X1033-020",
        caption("a man wearing a blue and white jacket with a hood", "unsupported"),
        wearing("a blue and white jacket with a hood", "unsupported"),
        Q.color("navy blue"),
        Q.garment_type("jacket"),
        describe(
            "jacket",
            "a blue jacket with white stripes on the sleeves and a white stripe on the sleeves and a white stripe "
            "on the sleeves and a",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        title="Adidas Men Navy Blue Sports Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust crew-neck sweater over a white shirt (collar out), dark navy trousers, white backdrop. Caption:
    # base; open: mdeberta; describe: VQA fallback (leak).
    case(
        "X1033-021",
        caption("a man wearing an orange sweater and a white shirt"),
        wearing("an orange sweater and a white shirt"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        describe(
            "sweater",
            "orange sweater Question: Describe the sweater. Answer: orange sweater Question: Describe the sweater. "
            "Answer:",
            "leak",
            hit_limit=True,
        ),
        Q.color("rust"),
        Q.garment_type("sweater"),
        details("sweater", "a white shirt", "contradiction"),
        is_a("sweatshirt", "no"),
        title="Mufti Men Rust Orange Solid Pullover Sweater",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: black pullover hoodie with a white-and-orange mountain graphic on the chest, grey joggers, no watch,
    # white backdrop. Caption: caption adapter (invented a wrist accessory); open: mdeberta.
    case(
        "X1033-022",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt "
            "is with cotton fabric. There is an accessory on his wrist. The pants are with cotton fabric.",
            "unsupported",
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns and a long pants"),
        details("hoodie", "There is an accessory on his wrist", "unsupported"),
        color_of("hoodie", "graphic", "non_answer", kind="open"),
        Q.pattern("graphic"),
        Q.color("black"),
        Q.material("cotton"),
        title="Campus Sutra Men Black Printed Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: teal sleeveless padded jacket (gilet) over a grey full-sleeve sweatshirt, blue jeans, white backdrop.
    # Caption: base; open: mdeberta.
    case(
        "X1033-023",
        caption("a man wearing a blue vest and grey sweater"),
        wearing("a blue vest and grey sweater", who="he"),
        color_of("vest", "grey", "other_garment_color", kind="open"),
        describe("vest", "vest", "restated"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("vest"),
        is_a("jacket", "yes"),
        title="Monte Carlo Men Teal Blue Solid Sleeveless Padded Jacket",
        category="Jackets",
        color="Teal",
        gender="Men",
    ),
    # photo: beige pullover hoodie, white drawcords, kangaroo pocket, olive cargo pants, white backdrop. Caption:
    # caption adapter, looped to 50 tokens; open: mdeberta; describe: VQA fallback (loop).
    case(
        "X1033-024",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with pure color patterns and a long pants. The "
            "sweatshirt is with cotton fabric. The pants are with cotton fabric and pure color patterns. The pants "
            "are with cotton fabric and pure color patterns. The pants are with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with pure color patterns and a long pants"),
        Q.color("grey", "contradiction"),
        Q.material("cotton"),
        describe(
            "hoodie",
            "a beige hoodie with a drawstring hood and a kangaroo pocket and a drawstring hood and a kangaroo "
            "pocket and a drawstring",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("hoodie"),
        title="Highlander Men Beige Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Beige",
        gender="Men",
    ),
    # photo: burgundy V-neck sweater over a white-and-blue checked shirt (no tie), beige chinos, white backdrop.
    # Caption: base (invented a tie); open: mdeberta.
    case(
        "X1033-025",
        caption("a man wearing a red sweater and a plaid shirt and a tie", "unsupported"),
        wearing("a red sweater and a plaid shirt and a tie", "unsupported"),
        describe("sweater", "red sweater"),
        details("sweater", "plaid shirt", "contradiction"),
        Q.pattern("checked", "contradiction"),
        Q.color("burgundy"),
        Q.garment_type("sweater"),
        title="Allen Solly Men Burgundy Solid V-Neck Sweater",
        category="Sweaters",
        color="Burgundy",
        gender="Men",
    ),
    # photo: black faux-leather biker jacket, zipped, black jeans, seated on a wooden stool, white backdrop,
    # three-quarter view. Caption: base; open: mdeberta; details: VQA fallback, cut.
    case(
        "X1033-026",
        caption("a man in a black leather jacket sitting on a stool"),
        wearing("a black leather jacket"),
        Q.material("leather", "unsupported"),
        Q.color("black"),
        Q.garment_type("jacket"),
        details(
            "jacket",
            "asymmetric zip front, notch lapels with snap buttons, zipped pockets on the chest and sides and a "
            "belted hem with a silver",
            "cut",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Red Tape Men Black Solid Faux Leather Biker Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: sea green half-zip sweater with a mock collar, white tee collar visible, dark blue jeans, white
    # backdrop. Caption: caption adapter ("The lady"); open: mdeberta (color: empty span).
    case(
        "X1033-027",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns and a long pants. The sweater is with "
            "knitting fabric and it has a stand collar. Her pants are with denim fabric.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with pure color patterns and a long pants"),
        details("sweater", "it has a stand collar"),
        describe("sweater", "Her pants are with denim fabric", "pronoun"),
        color_of("sweater", "", "non_answer", kind="open"),
        Q.color("blue", "contradiction"),
        Q.garment_type("sweater"),
        title="Duke Men Sea Green Solid Half-Zip Sweater",
        category="Sweaters",
        color="Sea Green",
        gender="Men",
    ),
    # photo: white pullover hoodie with a black trefoil logo on the chest, black track pants with white side
    # stripes, white backdrop. Caption: base; open: mdeberta; describe: VQA fallback, cut.
    case(
        "X1033-028",
        caption("a man wearing a white hoodie with a black adidas logo"),
        wearing("a white hoodie with a black adidas logo"),
        color_of("hoodie", "black", "contradiction", kind="open"),
        details("hoodie", "a black adidas logo"),
        describe(
            "hoodie",
            "a white hoodie with a black adidas logo on the chest and a kangaroo pocket on the front and a "
            "drawstring hood with a white",
            "cut",
            hit_limit=True,
        ),
        Q.color("white"),
        Q.pattern("printed"),
        title="Adidas Originals Men White Trefoil Hoodie",
        category="Sweatshirts",
        color="White",
        gender="Men",
    ),
    # photo: navy sweater with a red-and-white Fair Isle band across the chest and sleeves, grey jeans, no hat,
    # white backdrop. Caption: caption adapter (added a hat); open: mdeberta; color: VQA fallback (leak).
    case(
        "X1033-029",
        caption(
            "This gentleman wears a long-sleeve sweater with graphic patterns. The sweater is with knitting fabric "
            "and its neckline is round. The pants are with denim fabric. The person wears a hat.",
            "unsupported",
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        describe("sweater", "graphic patterns"),
        Q.color("navy blue"),
        Q.pattern("self design"),
        color_of(
            "sweater",
            "red and white Question: What is the color of the pants? Answer: grey Question: What is the color of the",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.material("knitting"),
        title="Roadster Men Navy Blue & Red Fair Isle Self Design Pullover Sweater",
        category="Sweaters",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: glossy red puffer jacket with a black collar lining, black track pants, nothing on the back, white
    # backdrop. Caption: base (invented a backpack); open: mdeberta; details: VQA fallback (loop).
    case(
        "X1033-030",
        caption("a man wearing a red puffer jacket and black pants with a backpack", "unsupported"),
        wearing("a red puffer jacket and black pants with a backpack", "unsupported"),
        Q.color("orange", "contradiction"),
        describe("jacket", "red puffer jacket"),
        details(
            "jacket",
            "the jacket has a zipper on the front and a zipper on the front and a zipper on the front and a zipper on",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("puffer jacket"),
        is_a("hoodie", "no"),
        title="Puma Men Red Solid Padded Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: lavender pullover hoodie with white drawcords, white jeans, shoulder-length hair, white backdrop.
    # Caption: base ("a woman"); open: mdeberta.
    case(
        "X1033-031",
        caption("a woman wearing a purple hoodie and white pants", "pronoun"),
        wearing("a purple hoodie and white pants"),
        color_of("hoodie", "white", "other_garment_color"),
        describe("hoodie", "purple hoodie"),
        Q.color("lavender"),
        Q.garment_type("hoodie"),
        title="Kook N Keech Men Lavender Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: light-wash denim jacket with a cream sherpa collar and lining (no hood), grey tee, black jeans, white
    # backdrop. Caption: caption adapter (invented a hood); open: mdeberta.
    case(
        "X1033-032",
        caption(
            "This gentleman wears a long-sleeve outer clothing with pure color patterns. The outer clothing is with "
            "denim fabric and it has a hooded neckline. This gentleman wears a long pants.",
            "unsupported",
        ),
        wearing("This gentleman", "non_answer"),
        details("jacket", "it has a hooded neckline", "unsupported"),
        Q.material("denim"),
        Q.color("blue"),
        color_of("jacket", "pure color", "non_answer", kind="open"),
        Q.garment_type("denim jacket"),
        title="Spykar Men Blue Denim Sherpa Collar Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal wool-blend overcoat with notch lapels over a black turtleneck, grey trousers, white backdrop.
    # Caption: base (called the charcoal coat black); open: mdeberta.
    case(
        "X1033-033",
        caption("a man wearing a black coat and grey pants", "contradiction"),
        wearing("a black coat and grey pants", "contradiction"),
        describe("coat", "black coat", "contradiction"),
        details("coat", "coat", "restated"),
        Q.color("charcoal"),
        Q.garment_type("coat"),
        title="Raymond Men Charcoal Grey Solid Wool Blend Overcoat",
        category="Jackets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: navy crew-neck sweatshirt with a white PUMA wordmark across the chest, grey joggers, white sneakers,
    # white backdrop. Caption: caption adapter, cut at 50 tokens; open: mdeberta.
    case(
        "X1033-034",
        caption(
            "The gentleman wears a long-sleeve sweatshirt with graphic patterns and a long pants. The sweatshirt is "
            "with cotton fabric and its neckline is round. The pants are with cotton fabric and pure color "
            "patterns. The gentleman also wears a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with graphic patterns and a long pants"),
        describe("sweatshirt", "sweatshirt", "restated"),
        details("sweatshirt", "The gentleman also wears a pair of", "cut"),
        Q.color("navy blue"),
        Q.pattern("solid", "contradiction"),
        is_a("sweatshirt", "yes"),
        title="Puma Men Navy Blue Printed Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive/khaki/brown camouflage-print bomber jacket, open over a black tee, black jeans, white backdrop.
    # Caption: base; open: mdeberta; details: VQA fallback (loop).
    case(
        "X1033-035",
        caption("a man wearing a camouflage jacket and black jeans"),
        wearing("a camouflage jacket and black jeans", who="he"),
        color_of("jacket", "camouflage", kind="open"),
        Q.pattern("camouflage"),
        Q.color("black", "other_garment_color"),
        details(
            "jacket",
            "the jacket has a zipper on the front and two pockets on the front and two pockets on the front and two "
            "pockets",
            "loop",
            hit_limit=True,
        ),
        title="WROGN Men Olive Green Camouflage Print Bomber Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: plain cream crew-neck sweater, no logo, light blue jeans, white backdrop. Caption: base (invented a
    # chest logo); open: mdeberta; material: VQA fallback (leak).
    case(
        "X1033-036",
        caption("a man wearing a white sweater with a logo on the chest and blue jeans", "unsupported"),
        wearing("a white sweater with a logo on the chest and blue jeans", "unsupported"),
        color_of("sweater", "white", kind="open"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        Q.color("cream"),
        Q.material(
            "wool Question: What material is the sweater made of? Answer: wool Question: What material is the sweater",
            "leak",
            hit_limit=True,
        ),
        title="Van Heusen Men Cream Solid Pullover Sweater",
        category="Sweaters",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon quilted jacket with a stand collar, zipped, dark grey jeans, white backdrop. Caption: caption
    # adapter ("The lady"); open: mdeberta.
    case(
        "X1033-037",
        caption(
            "The lady wears a long-sleeve outer clothing with pure color patterns and it has a stand collar. The "
            "lady wears a long pants. The pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve outer clothing with pure color patterns"),
        details("jacket", "it has a stand collar"),
        describe("jacket", "The lady wears a long-sleeve outer clothing with pure color patterns", "pronoun"),
        Q.color("maroon"),
        Q.garment_type("sweater", "contradiction"),
        Q.sleeve_length("long sleeves"),
        title="Fort Collins Men Maroon Solid Quilted Jacket",
        category="Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: orange padded jacket with black shoulder panels and a black hood (colour block), black joggers, white
    # backdrop. Caption: base; open: mdeberta; material: VQA fallback (loop).
    case(
        "X1033-038",
        caption("a man wearing an orange and black jacket"),
        wearing("an orange and black jacket"),
        color_of("jacket", "orange and black", kind="open"),
        describe("jacket", "an orange and black jacket"),
        Q.color("orange"),
        Q.pattern("colourblocked"),
        color_of("joggers", "orange", "other_garment_color"),
        Q.material(
            "nylon and polyester and nylon and polyester and nylon and polyester and nylon and polyester and nylon",
            "loop",
            hit_limit=True,
        ),
        is_a("puffer jacket", "yes"),
        title="Wildcraft Men Orange Colourblocked Padded Jacket",
        category="Jackets",
        color="Orange",
        gender="Men",
    ),
    # photo: green crew-neck sweater with navy horizontal stripes, a steel wristwatch on the left wrist, grey
    # trousers, white backdrop. Caption: caption adapter (the watch is real); open: mdeberta.
    case(
        "X1033-039",
        caption(
            "His sweater has long sleeves, knitting fabric and stripe patterns. It has a round neckline. His pants "
            "are of long length. There is an accessory on his wrist."
        ),
        wearing("sweater", who="he"),
        describe("sweater", "His sweater", "restated"),
        details("sweater", "It has a round neckline"),
        Q.pattern("striped"),
        Q.color("navy blue", "contradiction"),
        Q.material("knitting"),
        title="United Colors of Benetton Men Green Striped Sweater",
        category="Sweaters",
        color="Green",
        gender="Men",
    ),
    # photo: navy varsity jacket with white sleeves and a white chenille "H" patch, white tee, grey jeans, no cap,
    # white backdrop. Caption: base (invented a baseball cap); open: mdeberta; material: VQA fallback (leak).
    case(
        "X1033-040",
        caption("a man wearing a blue and white varsity jacket with a baseball cap", "unsupported"),
        wearing("a blue and white varsity jacket with a baseball cap", "unsupported"),
        describe("jacket", "blue and white varsity jacket"),
        Q.color("white", "contradiction"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("jacket"),
        Q.material(
            "leather Question: What material is the jacket made of? Answer: leather Question: What material is the",
            "leak",
            hit_limit=True,
        ),
        title="Harvard Men Navy Blue Varsity Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: coffee brown crew-neck sweatshirt (no hood), beige chinos, white backdrop. Caption: caption adapter,
    # cut at 50 tokens; open: mdeberta.
    case(
        "X1033-041",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with pure color patterns. The sweatshirt is with cotton "
            "fabric and its neckline is round. This gentleman wears a long trousers. The trousers are with cotton "
            "fabric and pure color patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("This gentleman", "non_answer"),
        describe("sweatshirt", "a long-sleeve sweatshirt with pure color patterns"),
        Q.color("brown"),
        color_of("trousers", "brown", "other_garment_color"),
        is_a("hoodie", "yes", "contradiction"),
        Q.material("cotton"),
        title="Mast & Harbour Men Coffee Brown Solid Sweatshirt",
        category="Sweatshirts",
        color="Coffee Brown",
        gender="Men",
    ),
    # photo: olive pullover hoodie, black joggers, white sneakers, long hair tied back, white backdrop. Caption:
    # base ("a woman"); open: mdeberta.
    case(
        "X1033-042",
        caption("a woman wearing a green hoodie and black pants", "pronoun"),
        wearing("a green hoodie and black pants"),
        color_of("hoodie", "green", kind="open"),
        color_of("pants", "green", "other_garment_color", kind="open"),
        details("hoodie", "hoodie", "restated"),
        Q.color("olive"),
        Q.garment_type("hoodie"),
        title="Ether Men Olive Green Solid Hooded Sweatshirt",
        category="Sweatshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy-and-white horizontally striped pullover hoodie, navy joggers, white backdrop. Caption: caption
    # adapter, looped to 50 tokens; open: mdeberta (describe span runs over the loop).
    case(
        "X1033-043",
        caption(
            "This gentleman wears a long-sleeve sweatshirt with stripe patterns and a long pants. The sweatshirt is "
            "with cotton fabric. The sweatshirt has stripe patterns. The sweatshirt has stripe patterns. The "
            "sweatshirt has stripe patterns. The sweatshirt has",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweatshirt with stripe patterns and a long pants"),
        describe("hoodie", "The sweatshirt has stripe patterns. The sweatshirt has stripe patterns.", "loop"),
        Q.pattern("striped"),
        Q.color("navy blue"),
        is_a("hoodie", "no", "contradiction"),
        title="Pepe Jeans Men Navy Blue & White Striped Hooded Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black ribbed turtleneck sweater, charcoal trousers, white backdrop (the feed row has no category).
    # Caption: base; open: mdeberta (material: a color span).
    case(
        "X1033-044",
        caption("a man wearing a black turtleneck sweater and grey pants"),
        wearing("a black turtleneck sweater and grey pants"),
        color_of("sweater", "black", kind="open"),
        details("sweater", "turtleneck"),
        Q.garment_type("sweater"),
        Q.color("black"),
        is_a("cardigan", "yes", "contradiction"),
        Q.material("black", "non_answer"),
        title="Okane Men Black Solid Turtleneck Pullover Sweater",
        color="Black",
        gender="Men",
    ),
    # photo: bright yellow padded jacket with a black zip and stand collar, black joggers, white backdrop (the feed
    # row has no gender). Caption: caption adapter, cut at 50 tokens; open: mdeberta; color: VQA fallback (leak).
    case(
        "X1033-045",
        caption(
            "The gentleman wears a long-sleeve outer clothing with pure color patterns and a long pants. The outer "
            "clothing has a stand collar. The pants are with cotton fabric and pure color patterns. The gentleman "
            "wears a pair of shoes and",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve outer clothing with pure color patterns and a long pants"),
        Q.color("yellow"),
        color_of(
            "jacket",
            "yellow Question: What is the color of the pants? Answer: black Question: What is the color of the shoes",
            "leak",
            kind="open",
            hit_limit=True,
        ),
        Q.garment_type("puffer jacket"),
        Q.sleeve_length("long sleeves"),
        title="Puma Men Yellow Solid Padded Jacket",
        category="Jackets",
        color="Yellow",
    ),
    # photo: olive-khaki bomber jacket (the seller calls it Brown), zipped, blue jeans, white backdrop. Caption:
    # base; open: mdeberta (jeans' color: picked the jacket's words).
    case(
        "X1033-046",
        caption("a man wearing an olive green bomber jacket and blue jeans"),
        wearing("an olive green bomber jacket and blue jeans"),
        describe("jacket", "olive green bomber jacket"),
        details("jacket", "jacket", "restated"),
        color_of("jeans", "olive green", "other_garment_color", kind="open"),
        Q.color("olive"),
        Q.garment_type("bomber jacket"),
        is_a("jacket", "yes"),
        title="Fort Collins Men Brown Solid Bomber Jacket",
        category="Jackets",
        color="Brown",
        gender="Men",
    ),
]
