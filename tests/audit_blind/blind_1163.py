"""BLIND_1163 (46 products; Myntra kids' wear, captions then extractive QA): written blind in the sixtieth session.
Measured blind at 2135623 (the session's eighth rules): 109/131 failures found (83.2%) and 4/187 correct texts flagged
(2.1%). The writer's notes, verbatim:

Scenario: a Myntra kids' wear feed (boys' and girls' t-shirts, shorts, dresses, tops, kurta sets, lehenga cholis,
t-shirt-and-shorts sets). Photos are the usual catalog shots: a child model on a white (once light grey) backdrop,
mostly front view, wearing the product with other clothes (a tee over the shorts, churidar under the kurta), now and
then a prop (teddy bear, straw hat, purse, cap); one back view and one flat lay with no child in it.

Who wrote what: the caption is free generation by the epoch-1 caption adapter
(Data2_V2_BLIP2_Finetune_Caption_First_Epoch, 50 new tokens). It opens like the base model ("a young boy wearing a
red t-shirt and blue shorts") and then drifts into the DeepFashion template ("The t-shirt is with cotton fabric and
pure color patterns. It has a round neckline."); with no end token trained it often runs to the 50-token limit,
either looping on a template sentence or cut mid-sentence, and it borrows the template's "lady"/"her" and its
invented accessories ("There is an accessory on her wrist"). The open answers are spans that the extractive QA
model (mdeberta-v3-base-squad2) pulled out of that caption; where it returned no span the job fell back to free
generation by the VQA adapter (Data3_V3_BLIP2_VQA, 30 new tokens), which loops, echoes the `Question: ... Answer:`
prompt, answers "yes" to open questions and guesses he/she. Closed answers (garment type, color, pattern, sleeve
length, "Is this a ...?") come from enrich's reference engine, one candidate each. Each photo comment says which
texts are spans and which are fallback.

Labeling conventions and judgement calls:
- One failure label per text. I tried to keep one fault per text; where a looping or cut caption also carries a wrong
  pronoun or an invented accessory, the loop or cut is the label.
- Coarse color words are correct when they fall in the seller color's group: "white" for Cream, "pink" for Peach,
  "red" for Maroon, "green" for Olive, "purple" for Lavender, "blue" for Navy or Turquoise.
- other_garment_color is used only for open answers (spans or fallback) that give the product the color of another
  worn item; a shoe, a belt, a cap or a sash counts as another worn item. A closed pick of the other garment's
  color is labeled contradiction.
- A closed garment type or "Is this a ...?" answer that names the other garment, or "dress" for a kurta or lehenga,
  is a contradiction (the seller's category and the photo both disagree). In open text, a loose word such as
  "shirt" for a kurta or "outfit" for a lehenga set is not labeled.
- A details answer about a prop the child holds (hat, teddy bear) instead of the garment is a contradiction.
- Invented parts (zipper, bow, pocket, collar, sequins, jewellery, a wrist accessory) are unsupported; an invented
  pattern that conflicts with a stated one (polka dots on a striped dress) is a contradiction. A material the
  title contradicts ("cotton" for a Net dress) or that another text contradicts is a contradiction; a material the
  photo cannot support and nothing states (cotton for shiny polyester sports shorts, linen for twill chinos) is
  unsupported.
- "the shorts details" and echoes of the question's own words are restated; an empty-of-content answer that does
  not echo the question ("they are short", "yes", "his clothes", a bare color word to a details question) is
  non_answer.
- A fallback answer that starts with or contains "Question:"/"Answer:" is a leak even when a correct answer follows.
- The DeepFashion "lapel neckline" for a shirt collar and "lattice patterns" for eyelet embroidery are accepted.
- hit_limit=True on every looping or cut caption and looping fallback; one correct caption (X1163-018) also ran to
  the 50-token limit but happened to end on a full stop, so it is marked hit_limit and left unlabeled.
- Rows without a gender (X1163-045) are judged by the photo only: the fallback's "he" for a short-haired child is
  not labeled. Rows lacking color or category are left as the feed had them.
"""

from tests.audit_corpus import (
    BLIND_QUESTIONS as Q,
)
from tests.audit_corpus import (
    caption,
    case,
    color_of,
    describe,
    details,
    is_a,
    question,
    wearing,
)

print_on = question("print", "What is printed on the garment?", "open")

BLIND_1163 = [
    # photo: boy, front, navy short-sleeve tee with a yellow-and-white dinosaur graphic, grey melange shorts, white
    # sneakers, white backdrop. Caption: epoch-1 caption adapter; wearing/color/describe: QA spans; details: VQA
    # fallback; closed answers: reference engine.
    case(
        "X1163-001",
        caption(
            "a young boy wearing a navy blue t-shirt with a dinosaur print and grey shorts. The t-shirt is with cotton "
            "fabric. It has a round neckline."
        ),
        wearing("a navy blue t-shirt with a dinosaur print and grey shorts"),
        color_of("t-shirt", "navy blue", kind="open"),
        describe("t-shirt", "a navy blue t-shirt with a dinosaur print"),
        details("t-shirt", "the dinosaur is glow in the dark", "unsupported"),
        Q.pattern("printed"),
        Q.sleeve_length("short sleeves"),
        title="Gini and Jony Boys Navy Blue Printed Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: boy, front, hands in pockets, red pique polo with white collar tipping and a small navy logo, blue denim
    # jeans, white backdrop. Caption: caption adapter (cut at 50 tokens); color/details/material: QA spans.
    case(
        "X1163-002",
        caption(
            "a young boy wearing a red polo shirt and blue jeans. The shirt is with cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants this boy wears is of long length. The pants are with denim "
            "fabric and pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("polo shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "cotton fabric and pure color patterns"),
        Q.garment_type("t-shirt"),
        is_a("dress", "no"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Kids Boys Red Solid Polo T-shirt",
        category="Tshirts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl, front, smiling, pink sleeveless fit-and-flare dress with small white and yellow flowers, white
    # sandals, white backdrop. Caption: caption adapter (loops); wearing/color/details: QA spans.
    case(
        "X1163-003",
        caption(
            "a little girl wearing a pink dress with flowers on it. The dress is with cotton fabric and floral "
            "patterns. It has no sleeves, cotton fabric and floral patterns. It has no sleeves, cotton fabric and "
            "floral patterns. It has no sleeves, cotton",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink dress with flowers on it", who="the girl"),
        color_of("dress", "pink", kind="open"),
        Q.sleeve_length("sleeveless"),
        details("dress", "It has no sleeves, cotton fabric and floral patterns. It has no sleeves", "loop"),
        Q.pattern("floral"),
        is_a("dress", "yes"),
        title="Peppermint Girls Pink Floral Print Fit and Flare Dress",
        category="Dresses",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front, olive cargo shorts with flap side pockets, white tee with black text print, black sneakers,
    # white backdrop. Caption: caption adapter; color/describe/details: QA spans; material: VQA-adapter fallback.
    case(
        "X1163-004",
        caption(
            "a young boy wearing a white t-shirt and green shorts. The shorts are with cotton fabric and pure color "
            "patterns. The t-shirt is with cotton fabric and graphic patterns. It has a round neckline."
        ),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        describe("shorts", "green shorts"),
        details("shorts", "cotton fabric and pure color patterns"),
        Q.garment_type("shorts"),
        Q.color("olive"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("denim", "contradiction"),
        title="HRX by Hrithik Roshan Boys Olive Green Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, front, hands folded, mustard-yellow straight kurta with green block-print motifs, three-quarter
    # sleeves, green palazzos, juttis, white backdrop. Caption: caption adapter (cut); open answers: QA spans.
    case(
        "X1163-005",
        caption(
            "a little girl wearing a yellow kurta and green pants. The kurta is with cotton fabric and floral "
            "patterns. It has medium sleeves. The pants are with cotton fabric and pure color patterns. This lady "
            "also wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a yellow kurta and green pants", who="the girl"),
        color_of("kurta", "yellow", kind="open"),
        color_of("pants", "green", kind="open"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.pattern("solid", "contradiction"),
        details("kurta", "cotton fabric and floral patterns"),
        Q.garment_type("kurta"),
        title="Biba Girls Yellow & Green Printed Kurta with Palazzos",
        category="Kurta Sets",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front, cream silk-blend knee-length kurta with gold buttons, maroon churidar pyjama, brown
    # mojaris, white backdrop. Caption: caption adapter (loops on "She is wearing"); open answers: QA spans.
    case(
        "X1163-006",
        caption(
            "a young boy wearing a white kurta and red pants. She is wearing a white kurta and red pants. She is "
            "wearing a white kurta and red pants. She is wearing a white kurta and red pants. She is",
            "loop",
            hit_limit=True,
        ),
        wearing("a white kurta and red pants", who="the boy"),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        is_a("dress", "yes", "contradiction"),
        details("kurta", "She is wearing a white kurta and red pants", "pronoun"),
        title="Jashvi Boys Cream-Coloured & Maroon Kurta with Pyjamas",
        category="Kurta Sets",
        color="Cream",
        gender="Boys",
    ),
    # photo: girl, front, white short-sleeve tee with a pink glitter unicorn and "DREAM BIG", blue denim shorts,
    # white backdrop. Caption: caption adapter (stopped by itself); open answers: QA spans; material: VQA fallback.
    case(
        "X1163-007",
        caption("a little girl wearing a white t-shirt with a unicorn on it and blue denim shorts"),
        describe("t-shirt", "a white t-shirt with a unicorn on it"),
        color_of("t-shirt", "white", kind="open"),
        print_on("a unicorn"),
        Q.material("cotton"),
        Q.sleeve_length("short sleeves"),
        title="YK Girls White Printed Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Girls",
    ),
    # photo: boy, front, grey melange tee with navy horizontal stripes, black track pants with a white side stripe,
    # no watch or band, white backdrop. Caption: caption adapter; open answers: QA spans.
    case(
        "X1163-008",
        caption(
            "a young boy wearing a grey and blue striped t-shirt and black pants. The t-shirt is with cotton fabric "
            "and striped patterns. The pants are with cotton fabric and pure color patterns. There is an accessory on "
            "his wrist.",
            "unsupported",
        ),
        color_of("t-shirt", "grey and blue", kind="open"),
        color_of("pants", "black", kind="open"),
        Q.pattern("striped"),
        details("t-shirt", "There is an accessory on his wrist", "unsupported"),
        wearing("a grey and blue striped t-shirt and black pants"),
        title="Allen Solly Junior Boys Grey Melange Striped Round Neck T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Boys",
    ),
    # photo: girl, front, hands on hips, light-blue washed denim shorts with frayed rolled hems, yellow tank top,
    # white backdrop. Caption: caption adapter (cut); color/details: QA spans; describe: VQA-adapter fallback.
    case(
        "X1163-009",
        caption(
            "a little girl wearing a yellow top and blue shorts. The tank shirt is with cotton fabric and pure color "
            "patterns. It has no sleeves. The shorts are with denim fabric and pure color patterns. The lady also "
            "wears",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "yellow", "other_garment_color", kind="open"),
        describe("shorts", "blue denim shorts with a frayed hem"),
        details("shorts", "denim fabric and pure color patterns"),
        Q.garment_type("shorts"),
        Q.color("blue"),
        is_a("skirt", "yes", "contradiction"),
        title="H&M Girls Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, front, navy self-design silk kurta under an open gold-and-navy brocade Nehru jacket, off-white
    # churidar, white backdrop. Caption: caption adapter (cut); wearing/colors/material: QA spans.
    case(
        "X1163-010",
        caption(
            "a young boy wearing a blue jacket and white pants. The outer clothing is with silk fabric and "
            "complicated patterns. The pants are with cotton fabric and pure color patterns. The upper clothing has "
            "long sleeves, silk fabric",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue jacket and white pants", who="the boy"),
        color_of("jacket", "blue", kind="open"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        Q.material("silk"),
        title="Manyavar Boys Navy Blue Self Design Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front, twirling, red party dress with sequinned bodice, layered net flared skirt, cap sleeves, red
    # bow at the waist, white backdrop. Caption: caption adapter (loops); color/describe/material: QA spans.
    case(
        "X1163-011",
        caption(
            "a little girl wearing a red dress with a bow on the waist. The dress is with cotton fabric and pure color "
            "patterns. It has short sleeves. The dress is with cotton fabric and pure color patterns. It has short "
            "sleeves. The",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "red", kind="open"),
        describe("dress", "a red dress with a bow on the waist"),
        Q.material("cotton", "contradiction"),
        Q.sleeve_length("short sleeves"),
        is_a("dress", "yes"),
        Q.pattern("solid"),
        title="Toy Balloon Kids Girls Red Solid Net Party Dress",
        category="Dresses",
        color="Red",
        gender="Girls",
    ),
    # photo: boy, front, bright yellow tee with a Minions graphic, navy cotton knit shorts, white backdrop. Caption:
    # caption adapter; print/color/wearing: QA spans; details: VQA-adapter fallback (QA gave no span).
    case(
        "X1163-012",
        caption(
            "a young boy wearing a yellow t-shirt with a cartoon character on it. The t-shirt is with cotton fabric "
            "and graphic patterns. It has a round neckline. The shorts are with denim fabric and pure color patterns.",
            "unsupported",
        ),
        print_on("a cartoon character"),
        color_of("t-shirt", "yellow", kind="open"),
        wearing("a yellow t-shirt with a cartoon character on it", who="the boy"),
        details("t-shirt", "Question: What are the t-shirt details? Answer: the t-shirt details", "leak"),
        is_a("t-shirt", "yes"),
        Q.sleeve_length("long sleeves", "contradiction"),
        title="Kids Ville Boys Yellow Minions Printed T-shirt",
        category="Tshirts",
        color="Yellow",
        gender="Boys",
    ),
    # photo: girl, front, lavender sleeveless top with ruffle tiers at the shoulders, white jeggings, white backdrop.
    # Caption: caption adapter; color/describe: QA spans; details, wearing: VQA-adapter fallback.
    case(
        "X1163-013",
        caption(
            "a little girl wearing a purple top and white pants. Her top is with cotton fabric and pure color "
            "patterns. It has no sleeves. The pants are with cotton fabric and pure color patterns."
        ),
        color_of("top", "white", "other_garment_color", kind="open"),
        describe("top", "a purple top"),
        details("top", "ruffles on the shoulders"),
        wearing("What is the girl wearing? the girl is wearing", "restated", who="the girl"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("top"),
        Q.color("white", "contradiction"),
        title="Cherry Crumble Girls Lavender Ruffled Top",
        category="Tops",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front, charcoal knit shorts with a white drawcord, red tee, white backdrop. Caption: caption adapter
    # (loops); color/describe/details/material: QA spans; wearing: VQA-adapter fallback.
    case(
        "X1163-014",
        caption(
            "a young boy wearing a red t-shirt and grey shorts with a drawstring. The t-shirt is with cotton fabric "
            "and pure color patterns. The shorts are with cotton fabric and pure color patterns. It has a drawstring "
            "and pure color patterns. It has a drawstring and",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        describe("shorts", "grey shorts with a drawstring"),
        details("shorts", "It has a drawstring and pure color patterns. It has a drawstring", "loop"),
        wearing("he is wearing a red t-shirt and grey shorts", who="the boy"),
        is_a("shorts", "yes", article="a pair of"),
        Q.material("cotton"),
        title="Little Kangaroos Boys Charcoal Grey Knitted Shorts",
        category="Shorts",
        color="Charcoal",
        gender="Boys",
    ),
    # photo: girl, front, pink flared lehenga with a gold zari border, matching short-sleeve pink choli, sheer
    # gold-edged dupatta over one shoulder, no jewellery, white backdrop. Caption: caption adapter; wearing/color: QA
    # spans; material: VQA-adapter fallback.
    case(
        "X1163-015",
        caption(
            "a little girl wearing a pink and gold indian outfit with a scarf. The outfit is with silk fabric and "
            "complicated patterns. It has short sleeves. There is an accessory on her neck.",
            "unsupported",
        ),
        wearing("a pink and gold indian outfit with a scarf", who="the girl"),
        Q.garment_type("dress", "contradiction"),
        color_of("lehenga", "pink and gold", kind="open"),
        Q.sleeve_length("short sleeves"),
        Q.material("silk"),
        is_a("lehenga", "no", "contradiction"),
        title="Bitiya by Bhama Girls Pink & Gold-Toned Embroidered Lehenga Choli with Dupatta",
        category="Lehenga Choli",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front, matching set: white tee with a blue car print, blue shorts, white backdrop. Caption: caption
    # adapter (stopped by itself); colors/print: QA spans; wearing and describe: VQA-adapter fallback.
    case(
        "X1163-016",
        caption("a young boy wearing a white t-shirt with a car on it and blue shorts"),
        color_of("t-shirt", "white", kind="open"),
        color_of("shorts", "white", "other_garment_color", kind="open"),
        print_on("a car"),
        wearing("she is wearing a white t-shirt and blue shorts", "pronoun", who="the boy"),
        Q.garment_type("t-shirt"),
        describe("shorts", "describe the shorts", "restated"),
        title="Babyhug Boys Blue & White Printed T-shirt with Shorts",
        category="Clothing Set",
        gender="Boys",
    ),
    # photo: girl, front, navy-and-white horizontal striped A-line dress, short flutter sleeves, red bow at the
    # neckline, red ballet flats, white backdrop. Caption: caption adapter (cut); color/details: QA spans; describe:
    # VQA-adapter fallback.
    case(
        "X1163-017",
        caption(
            "a little girl wearing a blue and white striped dress with a red bow. The dress is with cotton fabric and "
            "striped patterns. It has short sleeves. The female wears a pair of red shoes. The shoes are with leather "
            "fabric and pure",
            "cut",
            hit_limit=True,
        ),
        color_of("dress", "blue and white", kind="open"),
        Q.pattern("striped"),
        details("dress", "a red bow"),
        describe("dress", "the dress is a white dress with red polka dots", "contradiction"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Nauti Nati Girls Navy Blue & White Striped A-Line Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Girls",
    ),
    # photo: boy, front, black tee with a red-and-blue Spider-Man graphic, mid-blue jeans, white backdrop. Caption:
    # caption adapter (ran to 50 tokens, ended on a full stop); print/colors/material: QA spans; wearing and
    # details: VQA-adapter fallback.
    case(
        "X1163-018",
        caption(
            "a young boy wearing a black t-shirt with spiderman on it. The t-shirt is with cotton fabric and graphic "
            "patterns. It has a round neckline. The pants are with denim fabric and pure color patterns. The pants "
            "are of long length.",
            hit_limit=True,
        ),
        print_on("spiderman"),
        color_of("t-shirt", "black", kind="open"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        wearing(
            "Question: What is the boy wearing? Answer: a black t-shirt with spiderman on it", "leak", who="the boy"
        ),
        Q.material("cotton"),
        details("t-shirt", "the t-shirt has a zipper on the back", "unsupported"),
        title="Marvel by Wear Your Mind Boys Black Spider-Man Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Boys",
    ),
    # photo: girl, front, peach cotton shorts with a self-fabric tie belt, white printed tee tucked in, white
    # sneakers, white backdrop. Caption: caption adapter (loops); color/describe/wearing: QA spans; details: VQA
    # fallback.
    case(
        "X1163-019",
        caption(
            "a little girl wearing a white t-shirt and pink shorts. The t-shirt is with cotton fabric and graphic "
            "patterns. It has short sleeves. The shorts are with cotton fabric and pure color patterns. The shorts "
            "are with cotton fabric and pure color patterns. The shorts are",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "pink", kind="open"),
        describe("shorts", "pink shorts"),
        details("shorts", "they are short", "non_answer"),
        Q.color("white", "contradiction"),
        Q.garment_type("shorts"),
        wearing("a white t-shirt and pink shorts", who="the girl"),
        title="Pepe Jeans Kids Girls Peach Solid Regular Shorts",
        category="Shorts",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front, hands joined, mustard-yellow short silk-blend kurta with a mandarin collar, button placket
    # and full sleeves, white dhoti pants, white backdrop. Caption: caption adapter (cut); colors/wearing: QA spans;
    # details: VQA-adapter fallback (loops).
    case(
        "X1163-020",
        caption(
            "a young boy wearing a yellow shirt and white pants. The shirt is with silk fabric and pure color "
            "patterns. It has long sleeves. The pants are with cotton fabric and pure color patterns. It has a stand "
            "neckline. He is",
            "cut",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        color_of("kurta", "yellow", kind="open"),
        color_of("dhoti", "yellow", "other_garment_color", kind="open"),
        Q.sleeve_length("long sleeves"),
        wearing("a yellow shirt and white pants", who="the boy"),
        is_a("dress", "no"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket with long sleeves and long sleeves and long sleeves "
            "and",
            "loop",
            hit_limit=True,
        ),
        title="Sojanya Boys Mustard Yellow Solid Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Mustard",
        gender="Boys",
    ),
    # photo: girl, front, sea-green tee with an all-over white daisy print and puff short sleeves, light blue jeans,
    # white backdrop. Caption: caption adapter; color/describe: QA spans; wearing, material, details: VQA fallback.
    case(
        "X1163-021",
        caption(
            "a little girl wearing a green t-shirt with white flowers on it. The t-shirt is with cotton fabric and "
            "floral patterns. It has short sleeves. The pants are with denim fabric and pure color patterns. Her "
            "pants are of long length."
        ),
        color_of("t-shirt", "green", kind="open"),
        Q.pattern("floral"),
        describe("t-shirt", "a green t-shirt with white flowers on it"),
        wearing("he is wearing a green shirt with white flowers", "pronoun", who="the child"),
        Q.material("the t-shirt is made of wool", "contradiction"),
        details("t-shirt", "nothing", "non_answer"),
        is_a("t-shirt", "yes"),
        title="Mothercare Girls Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front, mid-blue whiskered denim shorts with a brown belt, white-and-navy checked half-sleeve shirt
    # tucked in, white backdrop. Caption: caption adapter; color/describe: QA spans; details and material: VQA fallback.
    case(
        "X1163-022",
        caption("a young boy wearing a blue and white plaid shirt and blue jean shorts with a brown belt"),
        color_of("shorts", "blue", kind="open"),
        describe("shorts", "blue jean shorts with a brown belt"),
        details(
            "shorts",
            "Question: What are the shorts details? Answer: Question: What are the shorts details? Answer:",
            "leak",
        ),
        Q.material("denim"),
        Q.garment_type("shirt", "contradiction"),
        Q.pattern("solid"),
        title="Pepe Jeans Kids Boys Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Boys",
    ),
    # photo: girl, three-quarter view, long yellow maxi dress with small red and green flowers, ruffled straps, no
    # sleeves, holding a straw hat, white backdrop. Caption: caption adapter (loops on the hat); open answers: QA spans.
    case(
        "X1163-023",
        caption(
            "a little girl in a yellow dress holding a hat. The dress is with chiffon fabric and floral patterns. It "
            "has no sleeves. There is a hat in her hand. There is a hat in her hand. There is a hat in her hand. "
            "There is",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "yellow", kind="open"),
        describe("dress", "a yellow dress"),
        details("dress", "There is a hat in her hand", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress"),
        is_a("skirt", "yes", "contradiction"),
        title="Hola Bonita Girls Yellow Floral Print Maxi Dress",
        category="Dresses",
        color="Yellow",
        gender="Girls",
    ),
    # photo: boy, front, orange tee with a Chhota Bheem cartoon print, khaki shorts, white backdrop. Caption: caption
    # adapter ("Her shorts"); print/color: QA spans; shorts color and wearing: VQA-adapter fallback.
    case(
        "X1163-024",
        caption(
            "a young boy wearing an orange t-shirt with a cartoon on it. The t-shirt is with cotton fabric and "
            "graphic patterns. Her shorts are of short length.",
            "pronoun",
        ),
        print_on("a cartoon"),
        color_of("t-shirt", "orange", kind="open"),
        color_of("shorts", "orange", "other_garment_color", kind="open"),
        wearing("yes", "non_answer", who="the boy"),
        Q.pattern("printed"),
        title="Chhota Bheem Kids Boys Orange Printed T-shirt",
        category="Tshirts",
        color="Orange",
        gender="Boys",
    ),
    # photo: girl, front, sea-green straight kurta with pink floral block print, three-quarter sleeves, pink sharara,
    # pink dupatta with a gota border, no bangles or rings, white backdrop. Caption: caption adapter (cut); colors,
    # wearing, details: QA spans; material: VQA-adapter fallback (loops).
    case(
        "X1163-025",
        caption(
            "a little girl wearing a green and pink outfit with a pink scarf. The upper clothing has medium sleeves, "
            "cotton fabric and floral patterns. The lower clothing is of long length. There is an accessory on her "
            "wrist. There is a ring",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green and pink", kind="open"),
        color_of("sharara", "green", "other_garment_color", kind="open"),
        wearing("a green and pink outfit with a pink scarf", who="the girl"),
        details("kurta", "There is an accessory on her wrist", "unsupported"),
        Q.sleeve_length("three-quarter sleeves"),
        Q.material(
            "The material is made of silk and the material is made of silk and the material is made of silk and",
            "loop",
            hit_limit=True,
        ),
        title="Aks Kids Girls Green & Pink Printed Kurta with Sharara & Dupatta",
        category="Kurta Sets",
        color="Green",
        gender="Girls",
    ),
    # photo: boy, front, white pique polo with green collar tipping and a small green embroidered logo, navy chino
    # shorts, light grey backdrop. Caption: caption adapter; colors: QA spans; describe, details: VQA fallback.
    case(
        "X1163-026",
        caption("a young boy wearing a white polo shirt and blue shorts standing in front of a grey wall"),
        color_of("polo shirt", "white", kind="open"),
        color_of("shorts", "blue", kind="open"),
        describe("polo shirt", "a white polo shirt with a pocket on the chest and a zipper", "unsupported"),
        details("polo shirt", "white", "non_answer"),
        Q.garment_type("t-shirt"),
        Q.color("white"),
        title="United Colors of Benetton Kids Boys White Polo T-shirt",
        category="Tshirts",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front, white short-sleeve dress with a red, yellow and blue balloon print, navy knit cardigan worn
    # open over it, white backdrop. Caption: caption adapter; color/describe/print: QA spans; wearing: VQA fallback.
    case(
        "X1163-027",
        caption(
            "a little girl wearing a white dress with balloons on it and a blue cardigan. The dress is with cotton "
            "fabric and graphic patterns. The outer clothing is with knitting fabric and pure color patterns. It has "
            "long sleeves."
        ),
        color_of("dress", "blue", "other_garment_color", kind="open"),
        describe("dress", "a white dress with balloons on it"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.garment_type("dress"),
        print_on("balloons"),
        wearing(
            "the girl is wearing a dress and a sweater and a sweater and a sweater and a sweater and a sweater and a "
            "sweater and",
            "loop",
            who="the girl",
            hit_limit=True,
        ),
        title="Marks & Spencer Girls Multicoloured Printed Fit & Flare Dress",
        category="Dresses",
        color="Multi",
        gender="Girls",
    ),
    # photo: boy, running pose, navy polyester sports shorts with a white logo and white side piping, red tee, white
    # backdrop. Caption: caption adapter (loops); color/describe: QA spans; details and material: VQA fallback.
    case(
        "X1163-028",
        caption(
            "a young boy running in a red shirt and blue shorts. He is wearing a red shirt and blue shorts. He is "
            "wearing a red shirt and blue shorts. He is wearing a red shirt and blue shorts. He is",
            "loop",
            hit_limit=True,
        ),
        color_of("shorts", "blue", kind="open"),
        details("shorts", "the shorts have a white stripe on the side"),
        describe("shorts", "blue shorts"),
        Q.material("cotton", "unsupported"),
        Q.garment_type("shorts"),
        Q.color("red", "contradiction"),
        title="Puma Boys Navy Blue Solid Sports Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Boys",
    ),
    # photo: girl, front, pink tee with a reversible-sequin heart (pink and silver) on the chest, blue denim skirt,
    # white backdrop. Caption: caption adapter; color/print/skirt color: QA spans; details and wearing: VQA fallback.
    case(
        "X1163-029",
        caption("a little girl wearing a pink t-shirt with a heart on it and a blue skirt"),
        color_of("t-shirt", "pink", kind="open"),
        print_on("a heart"),
        details("t-shirt", "the t-shirt has a heart on it and a bow on the back", "unsupported"),
        color_of("skirt", "pink", "other_garment_color", kind="open"),
        wearing("What is the girl wearing?", "restated", who="the girl"),
        Q.sleeve_length("short sleeves"),
        title="Gini and Jony Girls Pink Sequinned Round Neck T-shirt",
        category="Tshirts",
        color="Pink",
        gender="Girls",
    ),
    # photo: boy, front, plain white cotton kurta with chikan embroidery down the placket, white pyjama, brown
    # kolhapuri sandals, white backdrop. Caption: caption adapter (cut); colors/material: QA spans; details and
    # describe: VQA-adapter fallback.
    case(
        "X1163-030",
        caption(
            "a young boy wearing a white outfit and brown shoes. The upper clothing has long sleeves, cotton fabric "
            "and pure color patterns. The lower clothing is of long length. The trousers are with cotton fabric and "
            "pure color patterns. The",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "white", kind="open"),
        color_of("pyjama", "brown", "other_garment_color", kind="open"),
        Q.material("cotton"),
        Q.garment_type("kurta"),
        is_a("kurta", "yes"),
        details("kurta", "the kurta has embroidery on the front"),
        describe("kurta", "a white kurta with gold buttons and a mirror work yoke", "unsupported"),
        title="Fabindia Boys White Cotton Kurta with Pyjama",
        category="Kurta Sets",
        color="White",
        gender="Boys",
    ),
    # photo: girl, front, black running shorts with a pink swoosh, black-and-pink athletic tank top, white backdrop.
    # Caption: caption adapter (cut); color/describe: QA spans; material and details: VQA-adapter fallback.
    case(
        "X1163-031",
        caption(
            "a little girl wearing a black tank top and black shorts. She is wearing a black tank top and black "
            "shorts. The tank top is with cotton fabric and pure color patterns. It has no sleeves. The shorts",
            "cut",
            hit_limit=True,
        ),
        color_of("shorts", "black", kind="open"),
        Q.material("Question: What material is the garment made of? Answer: polyester", "leak"),
        describe("shorts", "black shorts"),
        Q.garment_type("shorts"),
        Q.pattern("solid"),
        details("shorts", "black", "non_answer"),
        title="Nike Girls Black Dri-FIT Tempo Running Shorts",
        category="Shorts",
        color="Black",
        gender="Girls",
    ),
    # photo: girl, front, maroon velvet lehenga with a gold gota-patti hem, gold sequinned short-sleeve blouse, gold
    # net dupatta, no necklace or earrings, white backdrop. Caption: caption adapter; wearing/colors/details: QA spans;
    # material: VQA fallback.
    case(
        "X1163-032",
        caption(
            "a little girl wearing a red and gold lehenga. The lehenga is with velvet fabric and complicated patterns. "
            "It has short sleeves. She is wearing a necklace and earrings.",
            "unsupported",
        ),
        wearing("a red and gold lehenga", who="the girl"),
        color_of("lehenga", "red and gold", kind="open"),
        color_of("blouse", "red", "other_garment_color", kind="open"),
        details("lehenga", "She is wearing a necklace and earrings", "unsupported"),
        Q.material("velvet"),
        is_a("lehenga", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Pspeaches Girls Maroon & Gold Embellished Ready to Wear Lehenga & Blouse with Dupatta",
        category="Lehenga Choli",
        color="Maroon",
        gender="Girls",
    ),
    # photo: boy, front, olive tee with a white mountain graphic and "ADVENTURE AWAITS", beige chino shorts, blue
    # baseball cap, white backdrop. Caption: caption adapter; color: QA span; print, wearing, details: VQA fallback.
    case(
        "X1163-033",
        caption(
            "a young boy wearing a green t-shirt and a blue hat. The t-shirt is with cotton fabric and graphic "
            "patterns. It has a round neckline. There is an accessory on his head."
        ),
        color_of("t-shirt", "blue", "other_garment_color", kind="open"),
        print_on("a mountain and the words adventure awaits"),
        wearing("Question: What is the boy wearing? Answer: a green shirt", "leak", who="the boy"),
        details("t-shirt", "the t-shirt has a pocket on the chest and buttons", "unsupported"),
        Q.garment_type("t-shirt"),
        title="Cub McPaws Boys Olive Green Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Boys",
    ),
    # photo: girl, front, light-blue denim shirt dress with a button front, rolled-up long sleeves, tan waist belt,
    # white sneakers, white backdrop. Caption: caption adapter; describe/color/material: QA spans; details: VQA
    # fallback.
    case(
        "X1163-034",
        caption(
            "a little girl wearing a blue denim dress with a brown belt. The dress is with denim fabric and pure color "
            "patterns. It has long sleeves. It has a lapel neckline."
        ),
        describe("dress", "a blue denim dress with a brown belt"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.material("denim"),
        is_a("dress", "yes"),
        details("dress", "the dress details are the dress details", "restated"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Allen Solly Junior Girls Blue Denim Shirt Dress",
        category="Dresses",
        color="Blue",
        gender="Girls",
    ),
    # photo: boy, front, red tee with navy "SUPER" text, navy shorts with a red drawcord, white backdrop; the feed row
    # has no category. Caption: caption adapter; colors/print: QA spans; wearing, details: VQA fallback.
    case(
        "X1163-035",
        caption("a young boy wearing a red shirt with the word super on it and blue shorts"),
        color_of("t-shirt", "red", kind="open"),
        color_of("shorts", "red", "other_garment_color", kind="open"),
        wearing("his clothes", "non_answer", who="the child"),
        details("t-shirt", "the t-shirt has a hood and a zipper pocket", "unsupported"),
        print_on("the word super"),
        Q.garment_type("t-shirt"),
        is_a("jeans", "yes", "contradiction", article="a pair of"),
        title="Little Bum Boys Red & Navy Printed T-shirt with Shorts",
        color="Red",
        gender="Boys",
    ),
    # photo: girl, front, white cotton top with schiffli eyelet embroidery and short puff sleeves, pink shorts, white
    # backdrop. Caption: caption adapter ("His shorts"); color/details: QA spans; describe, wearing: VQA fallback.
    case(
        "X1163-036",
        caption(
            "a little girl wearing a white top and pink shorts. Her top is with cotton fabric and lattice patterns. It "
            "has short sleeves. His shorts are of short length. The shorts are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        color_of("top", "white", kind="open"),
        details("top", "lattice patterns"),
        describe("top", "the top is a white top with a black collar and buttons", "unsupported"),
        Q.pattern("striped", "contradiction"),
        wearing("he is wearing a white shirt and pink shorts", "pronoun", who="the girl"),
        title="Pantaloons Junior Girls White Schiffli Embroidered Top",
        category="Tops",
        color="White",
        gender="Girls",
    ),
    # photo: flat lay, no child: beige chino shorts laid on a white surface with a brown woven belt through the loops.
    # Caption: caption adapter; color/describe: QA spans; wearing, details and material: VQA-adapter fallback.
    case(
        "X1163-037",
        caption("a pair of beige shorts with a brown belt on a white background"),
        wearing("the person is wearing a pair of shorts", "unsupported"),
        color_of("shorts", "beige", kind="open"),
        describe("shorts", "a pair of beige shorts with a brown belt"),
        details(
            "shorts",
            "a pair of beige shorts with a brown belt on a white background with a brown belt on a white background "
            "with a brown belt on",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Mothercare Boys Beige Solid Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Boys",
    ),
    # photo: girl, front, lavender sleeveless A-line kurta with a white floral print, white straight trousers, white
    # backdrop. Caption: caption adapter (cut); colors: QA spans; details: VQA-adapter fallback.
    case(
        "X1163-038",
        caption(
            "a little girl wearing a purple dress and white pants. The dress is with cotton fabric and floral "
            "patterns. It has no sleeves. The pants are with cotton fabric and pure color patterns. It has no "
            "sleeves, cotton fabric and",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "purple", kind="open"),
        color_of("trousers", "purple", "other_garment_color", kind="open"),
        Q.sleeve_length("sleeveless"),
        Q.garment_type("dress", "contradiction"),
        details("kurta", "What are the kurta details? Answer: the kurta", "leak"),
        title="Global Desi Girls Lavender Printed A-Line Kurta with Trousers",
        category="Kurta Sets",
        color="Lavender",
        gender="Girls",
    ),
    # photo: boy, front, turquoise blue long-sleeve henley with a three-button placket, black joggers, white
    # backdrop. Caption: caption adapter; color: QA span; details and describe: VQA-adapter fallback.
    case(
        "X1163-039",
        caption(
            "a young boy wearing a blue long sleeve shirt and black pants. The shirt is with cotton fabric and pure "
            "color patterns. It has long sleeves. It has a round neckline. The pants are with cotton fabric and pure "
            "color patterns."
        ),
        color_of("t-shirt", "blue", kind="open"),
        details("t-shirt", "yes", "non_answer"),
        Q.sleeve_length("long sleeves"),
        Q.pattern("solid"),
        describe("t-shirt", "Describe the t-shirt. The t-shirt is a t-shirt", "restated"),
        is_a("t-shirt", "yes"),
        title="Hellcat Boys Turquoise Blue Solid Henley T-shirt",
        category="Tshirts",
        color="Turquoise Blue",
        gender="Boys",
    ),
    # photo: girl, front, peach layered tulle party dress with floral appliques on the bodice, no sleeves, silver
    # sandals, holding a white teddy bear, white backdrop. Caption: caption adapter; color/wearing: QA spans;
    # describe, details, material: VQA-adapter fallback.
    case(
        "X1163-040",
        caption("a little girl in a pink dress holding a teddy bear"),
        color_of("dress", "pink", kind="open"),
        wearing("a pink dress", who="the girl"),
        describe("dress", "a pink dress with a white teddy bear on it", "unsupported"),
        details("dress", "she is holding a teddy bear", "contradiction"),
        Q.material("Question: What material is the garment made of? Answer: Question: What material is", "leak"),
        title="Pink Chick Girls Peach-Coloured Self Design Layered Party Dress",
        category="Dresses",
        color="Peach",
        gender="Girls",
    ),
    # photo: boy, front, bottle-green full-sleeve kurta with a small gold foil motif print and a mandarin collar,
    # cream pyjama, white backdrop. Caption: caption adapter (cut); colors: QA spans; wearing: VQA-adapter fallback.
    case(
        "X1163-041",
        caption(
            "a young boy wearing a green and gold shirt and white pants. The upper clothing has long sleeves, cotton "
            "fabric and complicated patterns. The lower clothing is of long length. The trousers are with cotton "
            "fabric and pure color patterns. The lady wears",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green and gold", kind="open"),
        color_of("pyjama", "green and gold", "other_garment_color", kind="open"),
        wearing("she is wearing a green kurta", "pronoun", who="the boy"),
        Q.garment_type("kurta"),
        is_a("kurta", "no", "contradiction"),
        title="Vastramay Boys Green Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: girl, back view, black tee with a large pink cat logo printed on the back, black leggings, white
    # backdrop. Caption: caption adapter; colors/print: QA spans; describe and details: VQA-adapter fallback.
    case(
        "X1163-042",
        caption("a little girl in a black shirt with a pink logo on the back"),
        color_of("t-shirt", "black", kind="open"),
        print_on("a pink logo"),
        describe("t-shirt", "the t-shirt has a pink logo on the front and a v-neck", "unsupported"),
        details("t-shirt", "the t-shirt details", "restated"),
        color_of("leggings", "pink", "other_garment_color", kind="open"),
        Q.sleeve_length("short sleeves"),
        title="Puma Girls Black Printed Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Girls",
    ),
    # photo: boy, front, green, brown and khaki camouflage cargo shorts, black tee, white backdrop; the feed row has
    # no color. Caption: caption adapter (cut); describe/wearing: QA spans; details: VQA-adapter fallback.
    case(
        "X1163-043",
        caption(
            "a young boy wearing a black t-shirt and camouflage shorts. The t-shirt is with cotton fabric and pure "
            "color patterns. The shorts are with cotton fabric and complicated patterns. The lady also wears a",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "contradiction"),
        describe("shorts", "camouflage shorts"),
        Q.pattern("printed"),
        details("shorts", "Question: What are the shorts details? Answer: pockets", "leak"),
        wearing("a black t-shirt and camouflage shorts", who="the boy"),
        title="Jack & Jones Junior Boys Green Camouflage Printed Shorts",
        category="Shorts",
        gender="Boys",
    ),
    # photo: girl, front, pink-and-white striped sleeveless top with a white collar, pink shorts with white polka
    # dots, white backdrop. Caption: caption adapter; colors: QA spans; describe, wearing: VQA-adapter fallback.
    case(
        "X1163-044",
        caption("a little girl wearing a pink and white striped top and pink shorts with white polka dots"),
        color_of("top", "pink and white", kind="open"),
        color_of("shorts", "pink", kind="open"),
        Q.pattern("striped"),
        describe("top", "the top is pink and white striped with a ruffled hem and sequins", "unsupported"),
        Q.sleeve_length("short sleeves", "contradiction"),
        wearing("the girl is wearing clothes", "non_answer", who="the girl"),
        title="Babyoye Girls Pink & White Striped Top with Shorts",
        category="Clothing Set",
        color="Pink",
        gender="Girls",
    ),
    # photo: short-haired child, front, grey melange long-sleeve hooded tee with a kangaroo pocket and navy
    # drawstrings, navy joggers, white backdrop; the feed row has no gender. Caption: caption adapter; color: QA
    # span; details, describe, material, wearing: VQA fallback.
    case(
        "X1163-045",
        caption(
            "a young boy wearing a grey hoodie and blue pants. The hoodie is with cotton fabric and pure color "
            "patterns. It has long sleeves. The pants are with cotton fabric and pure color patterns. The pants are "
            "of long length."
        ),
        color_of("t-shirt", "grey", kind="open"),
        details("t-shirt", "the hoodie has a pocket in the front and a drawstring"),
        describe("t-shirt", "a grey hoodie with a zipper and a logo on the chest", "unsupported"),
        Q.garment_type("sweatshirt", "contradiction"),
        wearing("he is wearing a grey hoodie", who="the child"),
        Q.material("Question: What material is the garment made of? Answer: cotton Question: What", "leak"),
        title="Mark & Mia Kids Grey Melange Hooded T-shirt",
        category="Tshirts",
        color="Grey Melange",
    ),
    # photo: girl, front, white lace fit-and-flare dress with short sleeves and a pink satin sash, holding a small
    # pink purse, white backdrop. Caption: caption adapter; color/describe/material: QA spans; details, wearing: VQA
    # fallback.
    case(
        "X1163-046",
        caption(
            "a little girl in a white dress with a pink bow holding a pink purse. The dress is with lace fabric and "
            "pure color patterns. It has short sleeves. There is an accessory in her hand."
        ),
        color_of("dress", "pink", "other_garment_color", kind="open"),
        describe("dress", "a white dress with a pink bow"),
        Q.material("lace"),
        details("dress", "the dress details the dress", "restated"),
        wearing("his white dress", "pronoun", who="the girl"),
        is_a("dress", "yes"),
        title="Cutecumber Girls White Lace Fit and Flare Dress",
        category="Dresses",
        color="White",
        gender="Girls",
    ),
]
