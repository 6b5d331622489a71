"""BLIND_1126 (46 products; men's ethnic/casual Myntra, caption + extractive QA): written blind in the sixtieth session.
Measured blind at 5b9d700 (the session's fifth rules): 125/143 failures found (87.4%) and 15/203 correct texts flagged
(7.4%). The writer's notes, verbatim:

Scenario: an older Myntra catalog export with short product names ("Fabindia Men Cream Kurta", "Mufti Men Blue
Jeans"), men's ethnic wear (kurtas, kurta sets, Nehru jackets, waistcoats, a sherwani, a dhoti, a pyjama) and casual
wear (t-shirts, polos, shirts, jeans, chinos, shorts, track pants, sweatshirts, jackets). Photos are the usual
Myntra product shots: a male model on a white or light studio backdrop, the labelled garment worn with other clothes
(white churidar or pyjama under a kurta, a kurta under a Nehru jacket, a t-shirt over the shorts or jeans being
sold), mostly front view, full length. A few rows lack a column (one has no category, one no color, one no gender).

Who wrote what: the caption is free generation by the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption,
epoch 3, 50 new tokens). It usually opens with a base-BLIP-2-like phrase that names hues ("a man in a yellow kurta
and white pants") and then slides into the DeepFashion template ("The upper clothing has long sleeves, cotton fabric
and pure color patterns. The neckline of it is stand."), which has no hue words, invents fabric and accessories, and
sometimes calls the man "lady"/"she" because the template data is mostly women. It has no end token, so some
captions repeat a template sentence until the limit or stop mid-sentence at 50 tokens. The open questions
"What is the person/he wearing?", "Describe the X." and the open "What is the color of the X?" are answered by the
extractive QA model (mdeberta-v3-base-squad2) over that caption, so those answers are verbatim spans of it: they
inherit its mistakes, grab the first hue in the caption whichever garment it belongs to, return "floral patterns"
when the caption has no hue, or return nothing. "What are the X details?" is routed to the caption adapter itself
(free generation with the `Question: ... Answer:` prompt, 30 tokens), which mostly answers with the template,
loops, stops short, or runs on into a new `Question: ... Answer:` turn. The material question goes to untuned
BLIP-2 OPT-2.7b (free generation, 30 tokens): short, often guessed, sometimes leaking the prompt format or
answering "yes". Closed questions (garment type, color, pattern, sleeve length, "Is this a ...?") come from the
reference engine, which picks one candidate value, so they never loop or stop short.

Labeling conventions and judgement calls:
- One label per text. Where a text has two faults, precedence is leak > loop > cut > pronoun > contradiction >
  other_garment_color > unsupported > restated > non_answer; I tried to keep texts to one fault.
- other_garment_color: a color (open span or closed pick) that belongs to another item in the photo (the churidar,
  the kurta under a jacket, the t-shirt above the jeans, the shoes) given as the labelled product's color.
- contradiction: a color that no other item has but that belongs to trim, print or embroidery on the product itself
  (gold embroidery, red piping, a yellow logo), a hue for the product that the seller's color and the photo deny,
  a garment type or pattern or sleeve length that the photo and the seller's category deny (a kurta called a dress or
  a shirt, a dhoti called pants, a sleeveless jacket with "long" sleeves), and a yes/no garment answer that is wrong.
- A Nehru jacket or waistcoat called a "vest" is correct (it is a sleeveless vest); a short kurta is not a "shirt".
- Seller shades and their coarse hues are the same answer: navy/blue, rust/orange, mustard/yellow, maroon/red,
  cream/off white/white, peach/pink, charcoal/grey, teal/blue. A caption saying "pants" for a churidar or pyjama is
  correct.
- unsupported: a fabric the photo shows is wrong or cannot be seen and the title does not give (denim for cotton twill
  shorts, cotton for shiny track pants, "fleece", "khadi"), an accessory nobody wears (a watch, a ring), a pocket,
  logo or zipper that is not there. The template's "cotton fabric" on a garment that looks cotton is not a failure.
- pronoun: "lady", "she", "her", "woman" for a Men row, in a caption, a details answer or a span copied from the
  caption. The row without a gender gets no pronoun label.
- non_answer: an empty span, "yes" to an open question, a one-word hue or noun to "Describe"/"details", a pattern
  word ("floral patterns") returned for a color question, "the shorts are short". restated: only the question's
  garment word or words back ("sherwani", "the jeans", "the sweatshirt details").
- loop: a text that repeats a word, phrase or sentence (a span copied from a looping caption counts too); cut: a
  text that stops mid-phrase at the token limit without repeating. Both get hit_limit=True when free generation ran
  to its limit; an extractive span never does.
- A leaked turn is labelled leak even when the answer before it and the leaked answer are right.
- A correct answer may be partial ("a black t-shirt" to "What is the person wearing?" for a shorts product) as long
  as nothing in it is wrong.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_1126 = [
    # photo: cream cotton kurta, long sleeves, mandarin collar, short placket with cream buttons, knee length; worn with
    # white churidar and tan mojaris; plain white backdrop; front view, full length. Caption: caption adapter; wearing
    # and color: extractive QA over the caption; details: caption adapter; material: base BLIP-2; closed: reference.
    case(
        "X1126-001",
        caption(
            "a man in a cream kurta and white churidar standing against a white wall. The upper clothing has long "
            "sleeves, cotton fabric and pure color patterns. The neckline of it is stand."
        ),
        wearing("a cream kurta and white churidar"),
        color_of("kurta", "cream", kind="open"),
        details(
            "kurta",
            "the kurta has long sleeves, cotton fabric and pure color patterns. the neckline of it is stand. the "
            "kurta has long sleeves, cotton fabric and pure",
            failure="loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta"),
        Q.color("yellow", failure="contradiction"),
        Q.material("cotton"),
        title="Fabindia Men Cream Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: maroon art-silk kurta with a tonal self-woven paisley motif, gold-tone buttons, mandarin collar, long
    # sleeves, no pockets, plain sleeves; worn with cream churidar; beige studio backdrop; front view. Caption: caption
    # adapter; wearing/describe: extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-002",
        caption(
            "a man wearing a maroon kurta with gold buttons and cream pants. The upper clothing has long sleeves, silk "
            "fabric and floral patterns. It has a stand neckline. His pants are of long length."
        ),
        wearing("a maroon kurta with gold buttons and cream pants", who="he"),
        describe("kurta", "a maroon kurta with gold buttons"),
        details("kurta", "a pocket on the chest and embroidery on the sleeves", failure="unsupported"),
        Q.pattern("solid", failure="contradiction"),
        Q.color("maroon"),
        Q.sleeve_length("long"),
        Q.material("silk"),
        title="Manyavar Men Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: mustard brocade sleeveless Nehru jacket with small woven motifs, worn over a white full-sleeve kurta and
    # white churidar; white backdrop; front view. Caption: caption adapter (cut at 50 tokens); wearing/color: extractive
    # QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-003",
        caption(
            "a man in a yellow vest over a white kurta. The vest has sleeves cut off and complicated patterns. It has "
            "a stand neckline. The lower clothing is of long length. The fabric is cotton and it has pure color "
            "patterns. This gentleman also wears an outer clothing, with",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a yellow vest over a white kurta"),
        color_of("jacket", "white", failure="other_garment_color", kind="open"),
        Q.garment_type("vest"),
        Q.color("mustard"),
        Q.sleeve_length("long", failure="contradiction"),
        is_a("jacket", "yes"),
        details(
            "jacket",
            "the vest has sleeves cut off and complicated patterns. the neckline of it is stand. the vest has sleeves "
            "cut off and complicated patterns. the neckline",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton", failure="unsupported"),
        title="Manyavar Men Mustard Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: navy blue solid crew-neck half-sleeve t-shirt, no chest pocket, worn with light-blue jeans, hands in
    # pockets; white backdrop; front view. Caption: caption adapter; wearing/color: extractive QA; details: caption
    # adapter; closed: reference.
    case(
        "X1126-004",
        caption(
            "a man wearing a blue t-shirt and jeans. His t-shirt has short sleeves, cotton fabric and pure color "
            "patterns. It has a round neckline. His pants are of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        wearing("a blue t-shirt and jeans"),
        color_of("t-shirt", "blue", kind="open"),
        Q.color("navy blue"),
        Q.garment_type("polo shirt", failure="contradiction"),
        Q.sleeve_length("short"),
        details("t-shirt", "short sleeves and a pocket on the chest", failure="unsupported"),
        title="Roadster Men Navy Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive green casual shirt, solid, sleeves rolled to the elbow, spread collar, one chest pocket, worn
    # untucked over beige chinos, white sneakers, no watch or jewellery; white backdrop. Caption: caption adapter;
    # wearing/color/describe: extractive QA; material: base; closed: reference.
    case(
        "X1126-005",
        caption(
            "a man in a green shirt and khaki pants. The shirt has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants are of long length. The pants are with cotton fabric and "
            "pure color patterns. There is an accessory on his wrist.",
            failure="unsupported",
        ),
        wearing("a green shirt and khaki pants", who="he"),
        color_of("shirt", "khaki", failure="other_garment_color", kind="open"),
        describe("shirt", "green", failure="non_answer"),
        Q.color("olive"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        Q.material("linen", failure="unsupported"),
        title="Highlander Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue faded slim jeans with whiskering, worn with a white crew-neck t-shirt and grey sneakers; white
    # backdrop; full length, front. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter;
    # material: base; closed: reference.
    case(
        "X1126-006",
        caption(
            "a man in a white t-shirt and blue jeans. His t-shirt has short sleeves, cotton fabric and pure color "
            "patterns. It has a round neckline. His pants are of long length. The pants are with denim fabric and pure "
            "color patterns."
        ),
        color_of("jeans", "white", failure="other_garment_color", kind="open"),
        wearing("a white t-shirt and blue jeans"),
        Q.garment_type("jeans"),
        Q.color("white", failure="other_garment_color"),
        details(
            "jeans",
            "the jeans are of long length. the jeans are with denim fabric and pure color patterns. the jeans are of "
            "long length. the jeans are with denim fabric and",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("denim"),
        is_a("pair of jeans", "yes"),
        title="Mufti Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: indigo-blue cotton kurta with an all-over white hand-block floral print, long sleeves, mandarin collar,
    # worn with white pyjama and brown sandals; white backdrop; front view. Caption: caption adapter; wearing/describe:
    # extractive QA; details: caption adapter; closed: reference.
    case(
        "X1126-007",
        caption(
            "a man wearing a blue and white floral kurta. The upper clothing has long sleeves, cotton fabric and "
            "floral patterns. The neckline of it is stand. The lower clothing is of long length. The fabric is cotton "
            "and it has pure color patterns."
        ),
        wearing("a blue and white floral kurta", who="he"),
        describe("kurta", "a blue and white floral kurta"),
        Q.pattern("floral"),
        Q.color("blue"),
        details(
            "kurta", "Her kurta has long sleeves and floral patterns. The neckline of it is stand.", failure="pronoun"
        ),
        title="Sojanya Men Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: grey melange knit shorts with a drawstring waist and a small Puma logo on the left leg, worn with a black
    # Puma t-shirt (white logo) and black sneakers; white backdrop. Caption: caption adapter; wearing/color: extractive
    # QA; details: caption adapter (cut at 30 tokens); material: base; closed: reference.
    case(
        "X1126-008",
        caption(
            "a man in a black t-shirt and grey shorts. His t-shirt has short sleeves, cotton fabric and graphic "
            "patterns. It has a round neckline. His shorts are of three-point length. The shorts are with cotton "
            "fabric and pure color patterns."
        ),
        color_of("shorts", "black", failure="other_garment_color", kind="open"),
        wearing("a black t-shirt"),
        details(
            "shorts",
            "the shorts are of three-point length. the shorts are with cotton fabric and pure color patterns. the "
            "waist of the shorts has a",
            failure="cut",
            hit_limit=True,
        ),
        Q.color("grey"),
        Q.garment_type("shorts"),
        Q.material("cotton"),
        title="Puma Men Grey Shorts",
        category="Shorts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: off-white jacquard silk-blend sherwani, knee length, gold zari embroidery on the collar, placket and cuffs,
    # worn with off-white churidar, a maroon dupatta over one shoulder, gold mojaris; beige backdrop with a potted
    # plant. Caption: caption adapter; wearing/color/describe: extractive QA; details: caption adapter; material: base;
    # closed: reference.
    case(
        "X1126-009",
        caption(
            "a man in a white sherwani with a red scarf. The upper clothing has long sleeves, silk fabric and "
            "complicated patterns. It has a stand neckline. This gentleman wears a scarf. The lower clothing is of "
            "long length."
        ),
        wearing("a white sherwani with a red scarf", who="he"),
        color_of("sherwani", "red", failure="other_garment_color", kind="open"),
        describe("sherwani", "sherwani", failure="restated"),
        Q.garment_type("kurta", failure="contradiction"),
        Q.color("off white"),
        Q.material("silk"),
        details("sherwani", "gold embroidery on the collar and the cuffs"),
        title="Manyavar Men Off White Sherwani",
        category="Sherwani",
        color="Off White",
        gender="Men",
    ),
    # photo: black crew-neck sweatshirt, no hood, white "PROLINE" print across the chest, ribbed cuffs and hem, worn
    # with blue jeans; white backdrop. Caption: caption adapter; wearing/color/describe: extractive QA; details: caption
    # adapter; material: base; closed: reference.
    case(
        "X1126-010",
        caption(
            "a man wearing a black sweatshirt with the word proline on it. His sweater has long sleeves, cotton fabric "
            "and graphic patterns. It has a round neckline. His pants are of long length. The pants are with denim "
            "fabric and pure color patterns."
        ),
        color_of("sweatshirt", "black", kind="open"),
        wearing("a black sweatshirt with the word proline on it"),
        describe("sweatshirt", "", failure="non_answer"),
        details("sweatshirt", "the sweatshirt details", failure="restated"),
        Q.garment_type("sweatshirt"),
        Q.pattern("printed"),
        Q.material("fleece", failure="unsupported"),
        is_a("hoodie", "yes", failure="contradiction"),
        title="Proline Men Black Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: navy polyester tricot track pants (a slight sheen) with three white side stripes and elastic cuffs, worn
    # with a white t-shirt with a small Adidas logo and white sneakers; white backdrop. Caption: caption adapter;
    # wearing/color: extractive QA; details: caption adapter (ran into a new turn); material: base; closed: reference.
    case(
        "X1126-011",
        caption(
            "a man in a white t-shirt and blue track pants with white stripes. His t-shirt has short sleeves, cotton "
            "fabric and graphic patterns. It has a round neckline. His pants are of long length. The pants are with "
            "cotton fabric and striped patterns.",
            failure="unsupported",
        ),
        color_of("track pants", "white", failure="other_garment_color", kind="open"),
        wearing("a white t-shirt and blue track pants with white stripes", who="he"),
        Q.color("navy blue"),
        Q.pattern("striped"),
        Q.material("polyester"),
        details(
            "track pants",
            "white stripes on the side Question: What is the color of the track pants? Answer: blue",
            failure="leak",
        ),
        title="Adidas Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: rust-orange cotton slub kurta, knee length, long sleeves, band collar with a slit placket and wooden
    # buttons, side slits, worn with off-white pyjama; white backdrop; three-quarter view. The row has no category.
    # Caption: caption adapter; wearing/color: extractive QA; details: caption adapter; material: base; closed:
    # reference.
    case(
        "X1126-012",
        caption(
            "a person wearing an orange kurta and white pants. This lady wears a long-sleeve kurta with pure color "
            "patterns. The kurta is with cotton fabric. It has a stand neckline.",
            failure="pronoun",
        ),
        wearing("an orange kurta and white pants", who="he"),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        Q.color("orange"),
        Q.garment_type("dress", failure="contradiction"),
        details("kurta", "wooden buttons on the placket"),
        Q.material("cotton"),
        title="Fabindia Men Rust Kurta",
        color="Rust",
        gender="Men",
    ),
    # photo: red pique polo t-shirt, navy logo embroidered on the chest, two-button placket, ribbed collar, worn with
    # khaki shorts; white backdrop. Caption: caption adapter; wearing/color/describe: extractive QA; details: caption
    # adapter; closed: reference.
    case(
        "X1126-013",
        caption(
            "a man in a red polo shirt and khaki shorts. His shirt has short sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. His shorts are of three-point length."
        ),
        wearing("a red polo shirt and khaki shorts"),
        color_of("shirt", "khaki", failure="other_garment_color", kind="open"),
        describe("polo shirt", "red", failure="non_answer"),
        details("polo shirt", "Her shirt has short sleeves, cotton fabric and pure color patterns.", failure="pronoun"),
        Q.garment_type("polo shirt"),
        Q.color("red"),
        Q.pattern("solid"),
        title="U.S. Polo Assn. Men Red Polo Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: blue and white gingham-check cotton shirt, long sleeves, button-down collar, tucked into dark indigo jeans
    # with a brown belt; white backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption
    # adapter (cut at 30 tokens); material: base; closed: reference.
    case(
        "X1126-014",
        caption(
            "a man wearing a blue and white checkered shirt and jeans. The shirt has long sleeves, cotton fabric and "
            "lattice patterns. It has a lapel neckline. The pants are of long length. The pants are with denim fabric "
            "and pure color patterns."
        ),
        color_of("shirt", "blue and white", kind="open"),
        wearing("a blue and white checkered shirt and jeans", who="he"),
        Q.pattern("checked"),
        Q.color("blue"),
        details(
            "shirt",
            "the shirt has long sleeves, cotton fabric and lattice patterns. it has a lapel neckline. the pants are "
            "of long length. the pants are with denim",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("denim", failure="unsupported"),
        title="John Players Men Check Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: cream cotton dhoti with a thin gold zari border, worn with a white long-sleeve kurta reaching the knee, so
    # the dhoti shows below it; white backdrop; front view. Caption: caption adapter (looped to 50 tokens);
    # wearing/color: extractive QA; details: caption adapter; closed: reference.
    case(
        "X1126-015",
        caption(
            "a man wearing a white kurta and a white dhoti. The upper clothing has long sleeves, cotton fabric and "
            "pure color patterns. The neckline of it is round. The lower clothing is of long length. The lower "
            "clothing is of long length. The lower clothing is of long length.",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a white kurta and a white dhoti"),
        color_of("dhoti", "white", kind="open"),
        Q.garment_type("pants", failure="contradiction"),
        Q.color("cream"),
        Q.pattern("solid"),
        details("dhoti", "a gold border"),
        is_a("kurta", "yes", failure="contradiction"),
        title="Jade Blue Men Cream Dhoti",
        category="Dhotis",
        color="Cream",
        gender="Men",
    ),
    # photo: bottle-green cotton-blend jacquard kurta with tonal self stripes, long sleeves, mandarin collar,
    # copper-tone buttons, worn with beige churidar and brown juttis; grey gradient backdrop. Caption: caption adapter;
    # wearing/color/describe: extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-016",
        caption(
            "a man in a green kurta and beige pants standing in front of a grey wall. The upper clothing has long "
            "sleeves, cotton fabric and striped patterns."
        ),
        wearing("a green kurta and beige pants"),
        color_of("kurta", "beige", failure="other_garment_color", kind="open"),
        describe("kurta", "striped patterns"),
        details(
            "kurta",
            "She wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric.",
            failure="pronoun",
        ),
        Q.color("green"),
        Q.pattern("striped"),
        Q.sleeve_length("long"),
        Q.material("silk", failure="unsupported"),
        title="Svanik Men Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: olive-green cotton twill bomber jacket, zip open, ribbed collar, cuffs and hem, worn over a grey marl
    # t-shirt and black jeans; white backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption
    # adapter; material: base; closed: reference.
    case(
        "X1126-017",
        caption(
            "a man wearing a green jacket over a grey t-shirt and black jeans. His outer clothing has long sleeves, "
            "cotton fabric and pure color patterns. His t-shirt has short sleeves and a round neckline. His jeans are "
            "of long length."
        ),
        color_of("jacket", "grey", failure="other_garment_color", kind="open"),
        wearing("a green jacket over a grey t-shirt and black jeans", who="he"),
        Q.garment_type("jacket"),
        Q.color("black", failure="other_garment_color"),
        details("jacket", "the jacket", failure="restated"),
        Q.material("nylon", failure="unsupported"),
        title="Roadster Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: khaki flat-front cotton chinos, worn with a white long-sleeve shirt tucked in, brown belt, brown loafers;
    # white backdrop. Caption: caption adapter; wearing/color/describe: extractive QA; details: caption adapter
    # (looped); material: base (ran into a new turn); closed: reference.
    case(
        "X1126-018",
        caption(
            "a man in a white shirt and khaki pants. The shirt has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants are of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a white shirt and khaki pants"),
        color_of("trousers", "white", failure="other_garment_color", kind="open"),
        describe("trousers", "khaki pants"),
        Q.color("khaki"),
        Q.garment_type("pants"),
        details(
            "trousers",
            "the pants are of long length. the pants are of long length. the pants are of long length. the pants are "
            "of long length. the pants",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton Question: What is the color of the pants? Answer: khaki", failure="leak"),
        title="Blackberrys Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: bright yellow crew-neck t-shirt with a large black graphic print of a bicycle and Hindi lettering on the
    # front (plain back), worn with blue jeans, bare-headed; white backdrop. Caption: caption adapter (invents a hat);
    # wearing/color/describe: extractive QA; details: caption adapter (looped); material: base; closed: reference.
    case(
        "X1126-019",
        caption(
            "a man wearing a yellow t-shirt with a picture of a bicycle on it. The t-shirt has short sleeves, cotton "
            "fabric and graphic patterns. There is a hat on his head.",
            failure="unsupported",
        ),
        wearing("a yellow t-shirt with a picture of a bicycle on it", who="he"),
        color_of("t-shirt", "yellow", kind="open"),
        describe("t-shirt", "a picture of a bicycle"),
        Q.pattern("graphic"),
        Q.color("black", failure="contradiction"),
        details(
            "t-shirt",
            "a bicycle on the front and a bicycle on the back and a bicycle on the front and a bicycle on the back "
            "and a",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Tantra Men Yellow Tshirt",
        category="Tshirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: black dupion silk-blend kurta with silver thread embroidery along the placket and collar, long sleeves,
    # worn with white churidar; white backdrop. Caption: caption adapter (short, stopped by itself); wearing/color/
    # describe: extractive QA; details: caption adapter (looped); material: base; closed: reference.
    case(
        "X1126-020",
        caption("a man in a black kurta with silver embroidery and white pants."),
        wearing("a black kurta with silver embroidery and white pants"),
        color_of("kurta", "silver", failure="contradiction", kind="open"),
        describe("kurta", "black kurta with silver embroidery"),
        Q.color("black"),
        Q.pattern("embroidered"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve kurta with complicated patterns. The kurta is with silk fabric. The "
            "gentleman wears a long-sleeve kurta with",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Manyavar Men Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: white cotton-linen shirt with a mandarin collar, full sleeves, worn untucked with light-blue jeans and
    # brown sandals; white backdrop. Caption: caption adapter (says "female"); wearing/color/describe: extractive QA;
    # material: base; closed: reference.
    case(
        "X1126-021",
        caption(
            "a man wearing a white shirt and blue jeans. This female wears a long-sleeve shirt with pure color "
            "patterns. The shirt is with cotton fabric. It has a stand neckline.",
            failure="pronoun",
        ),
        color_of("shirt", "blue", failure="other_garment_color", kind="open"),
        wearing("a white shirt and blue jeans"),
        describe("shirt", "shirt", failure="restated"),
        Q.color("white"),
        Q.material("linen"),
        title="Mother Earth Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy blue cotton Nehru jacket, sleeveless, mandarin collar, five fabric-covered buttons, two welt pockets,
    # worn over a cream kurta and cream churidar; white backdrop. Caption: caption adapter (cut at 50 tokens);
    # wearing/color: extractive QA; details: caption adapter; closed: reference.
    case(
        "X1126-022",
        caption(
            "a man wearing a blue vest over a white kurta. His vest has sleeves cut off, cotton fabric and pure color "
            "patterns. It has a stand neckline. His kurta has long sleeves, cotton fabric and pure color patterns. His "
            "kurta",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue vest over a white kurta", who="he"),
        color_of("jacket", "blue", kind="open"),
        Q.color("cream", failure="other_garment_color"),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "no", failure="contradiction"),
        details("jacket", "buttons", failure="non_answer"),
        title="Fabindia Men Navy Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey melange crew-neck t-shirt with a small black Nike swoosh on the chest, worn with black track pants;
    # white backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter; material: base
    # (ran into a new turn); closed: reference.
    case(
        "X1126-023",
        caption(
            "a man in a grey nike t-shirt and black pants. His t-shirt has short sleeves, cotton fabric and pure color "
            "patterns. It has a round neckline. His pants are of long length."
        ),
        wearing("a grey nike t-shirt and black pants"),
        color_of("t-shirt", "black", failure="other_garment_color", kind="open"),
        Q.color("black", failure="other_garment_color"),
        Q.garment_type("t-shirt"),
        details(
            "t-shirt",
            "the t-shirt has short sleeves, cotton fabric and pure color patterns. it has a round neckline. there is "
            "a nike logo on the",
            failure="cut",
            hit_limit=True,
        ),
        Q.material("cotton Question: What is the color of the shirt? Answer: grey", failure="leak"),
        title="Nike Men Grey Melange Tshirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: khaki cotton-twill cargo shorts with flap side pockets, knee length, worn with a navy t-shirt and white
    # sneakers; white backdrop. Caption: caption adapter (calls the twill denim); wearing/color: extractive QA; details:
    # caption adapter; material: base; closed: reference.
    case(
        "X1126-024",
        caption(
            "a man in a blue t-shirt and khaki shorts. His t-shirt has short sleeves, cotton fabric and pure color "
            "patterns. It has a round neckline. His shorts are of three-point length. The shorts are with denim fabric "
            "and pure color patterns.",
            failure="unsupported",
        ),
        wearing("a blue t-shirt and khaki shorts", who="he"),
        color_of("shorts", "khaki", kind="open"),
        Q.garment_type("shorts"),
        Q.color("khaki"),
        Q.pattern("checked", failure="contradiction"),
        details(
            "shorts",
            "cargo pockets on the sides, cargo pockets on the sides, cargo pockets on the sides, cargo pockets on the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("denim", failure="unsupported"),
        title="Wrangler Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: peach (light salmon) cotton kurta with tonal thread-work on the yoke, long sleeves, mandarin collar, worn
    # with white churidar; three-quarter side view; white backdrop. Caption: caption adapter ("woman", "lady");
    # wearing/color/describe: extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-025",
        caption(
            "a woman in a pink kurta and white pants. This lady wears a long-sleeve kurta with pure color patterns. "
            "The kurta is with cotton fabric. It has a stand neckline.",
            failure="pronoun",
        ),
        wearing("a pink kurta and white pants", who="he"),
        describe("kurta", "This lady wears a long-sleeve kurta with pure color patterns", failure="pronoun"),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        Q.garment_type("dress", failure="contradiction"),
        Q.color("peach"),
        details("kurta", "thread work on the neckline"),
        Q.material("cotton"),
        title="Anouk Men Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: black slim-fit jeans with a slight fade, worn with a grey crew-neck t-shirt and red sneakers; white
    # backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter; material: base;
    # closed: reference.
    case(
        "X1126-026",
        caption(
            "a man in a grey t-shirt and black jeans with red shoes. His t-shirt has short sleeves, cotton fabric and "
            "pure color patterns. It has a round neckline. His pants are of long length. The pants are with denim "
            "fabric and pure color patterns."
        ),
        color_of("jeans", "red", failure="other_garment_color", kind="open"),
        wearing("a grey t-shirt and black jeans with red shoes"),
        Q.color("blue", failure="contradiction"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        Q.material("denim Question: Is this a pair of jeans? Answer: yes", failure="leak"),
        details("jeans", "the jeans", failure="restated"),
        title="Levis Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: charcoal-grey V-neck wool-blend sweater, plain elbows, ribbed cuffs and hem, worn over a white collared
    # shirt (collar and cuffs showing) and navy trousers; white backdrop. Caption: caption adapter; wearing/color:
    # extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-027",
        caption(
            "a man wearing a grey sweater and a white shirt. His sweater has long sleeves, knitting fabric and pure "
            "color patterns. It has a v-shape neckline. His pants are of long length."
        ),
        color_of("sweater", "white", failure="other_garment_color", kind="open"),
        wearing("a grey sweater and a white shirt", who="he"),
        Q.garment_type("sweater"),
        Q.color("charcoal"),
        Q.sleeve_length("long"),
        details("sweater", "v-neck and leather patches on the elbows", failure="unsupported"),
        Q.material("wool"),
        title="Monte Carlo Men Grey Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white cotton kurta with white chikankari floral embroidery down the front, long sleeves, round collarless
    # neck with a short placket, worn with white pyjama; no jewellery; light grey backdrop. Caption: caption adapter
    # (invents a ring); wearing/color/describe: extractive QA; details: caption adapter (cut); closed:
    # reference.
    case(
        "X1126-028",
        caption(
            "a man in a white kurta with white embroidery. The upper clothing has long sleeves, cotton fabric and "
            "floral patterns. The neckline of it is round. The lower clothing is of long length. There is a ring on "
            "his finger.",
            failure="unsupported",
        ),
        wearing("a white kurta with white embroidery"),
        color_of("kurta", "white", kind="open"),
        describe("kurta", "", failure="non_answer"),
        Q.pattern("embroidered"),
        Q.color("white"),
        details(
            "kurta",
            "The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. The "
            "neckline of it is round. The gentleman also wears",
            failure="cut",
            hit_limit=True,
        ),
        title="Fabindia Men White Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: beige silk-blend kurta with maroon buttons and maroon piping on the collar and placket, with matching beige
    # churidar; white backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter (ran
    # into a new turn); material: base; closed: reference.
    case(
        "X1126-029",
        caption(
            "a man in a beige kurta and pants with red buttons. The upper clothing has long sleeves, silk fabric and "
            "pure color patterns. The neckline of it is stand."
        ),
        wearing("a beige kurta and pants with red buttons"),
        color_of("kurta", "red", failure="contradiction", kind="open"),
        Q.color("beige"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "red buttons and red piping on the collar Question: What is the color of the pants? Answer: beige "
            "Question:",
            failure="leak",
            hit_limit=True,
        ),
        Q.material("silk"),
        title="Sojanya Men Beige Kurta Set",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: light pink solid formal shirt, spread collar, long sleeves, one plain chest pocket, no logo, tucked into
    # grey trousers with a black belt; white backdrop. Caption: caption adapter; wearing/color/describe: extractive QA;
    # details: caption adapter; material: base; closed: reference.
    case(
        "X1126-030",
        caption(
            "a man wearing a pink shirt and grey pants. The shirt has long sleeves, cotton fabric and pure color "
            "patterns. It has a lapel neckline. The pants are of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        color_of("shirt", "grey", failure="other_garment_color", kind="open"),
        wearing("pink shirt and grey pants", who="he"),
        Q.color("pink"),
        Q.pattern("striped", failure="contradiction"),
        details("shirt", "a pocket on the chest and a logo on the sleeve", failure="unsupported"),
        Q.material("cotton"),
        title="Arrow Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: red and white horizontal-striped crew-neck t-shirt, short sleeves, worn with blue jeans; white backdrop.
    # Caption: caption adapter; wearing/color: extractive QA; details: caption adapter (looped); material: base (ran
    # into a new turn); closed: reference.
    case(
        "X1126-031",
        caption(
            "a man in a red and white striped shirt and blue jeans. His shirt has short sleeves, cotton fabric and "
            "striped patterns. It has a round neckline."
        ),
        color_of("t-shirt", "red and white", kind="open"),
        wearing("a red and white striped shirt and blue jeans"),
        Q.pattern("striped"),
        Q.color("blue", failure="other_garment_color"),
        Q.garment_type("t-shirt"),
        details(
            "t-shirt",
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes stripes "
            "stripes stripes stripes stripes",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("cotton Question: What is the color of the stripes? Answer: red and white", failure="leak"),
        title="Flying Machine Men Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: black polyester track pants with red side piping and a small Puma cat logo on the thigh, tapered ankles,
    # worn with a black t-shirt; white backdrop; cropped from the chest down. Caption: caption adapter (cut at 50
    # tokens); wearing/color/describe: extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-032",
        caption(
            "a man in a black t-shirt and black pants with a red stripe on the side. His t-shirt has short sleeves, "
            "cotton fabric and pure color patterns. His pants are of long length. The pants are with cotton fabric "
            "and",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a black t-shirt and black pants with a red stripe on the side", who="he"),
        color_of("track pants", "black", kind="open"),
        describe("track pants", "black pants"),
        details("track pants", "the details of the track pants", failure="restated"),
        Q.color("red", failure="contradiction"),
        Q.garment_type("pants"),
        Q.material("polyester"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: mustard-yellow cotton kurta, hip length, long sleeves, mandarin collar, small white buttons, worn with
    # white pyjama; white backdrop; front view. Caption: caption adapter; wearing/color/describe: extractive QA;
    # details: caption adapter (looped); material: base; closed: reference.
    case(
        "X1126-033",
        caption(
            "a man in a yellow kurta and white pants. The upper clothing has long sleeves, cotton fabric and pure "
            "color patterns. The neckline of it is stand."
        ),
        wearing("a yellow kurta and white pants"),
        color_of("kurta", "white", failure="other_garment_color", kind="open"),
        describe("kurta", "yellow", failure="non_answer"),
        Q.color("mustard"),
        Q.garment_type("shirt", failure="contradiction"),
        details(
            "kurta",
            "the kurta details are the kurta details are the kurta details are the kurta details are the",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("yes", failure="non_answer"),
        title="Jompers Men Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: red nylon hooded windcheater with a full zip and black zip trims, zipped up, worn with black pants; white
    # backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter; material: base;
    # closed: reference.
    case(
        "X1126-034",
        caption(
            "a man wearing a red jacket with a hood. His outer clothing has long sleeves, other fabric and pure color "
            "patterns. His pants are of long length."
        ),
        wearing("a red jacket with a hood", who="he"),
        color_of("jacket", "red", kind="open"),
        Q.garment_type("jacket"),
        Q.color("red"),
        Q.material("leather", failure="unsupported"),
        details("jacket", "a hood and a zipper"),
        title="Wildcraft Men Red Jacket",
        category="Jackets",
        color="Red",
        gender="Men",
    ),
    # photo: indigo-dyed cotton kurta with small white dabu-printed floral buttis, long sleeves, stand collar, button
    # placket, no pockets, worn with white churidar; white backdrop. Caption: caption adapter (template only, looped to
    # 50 tokens); wearing/color/describe: extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-035",
        caption(
            "The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton "
            "fabric.",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve kurta with floral patterns"),
        color_of("kurta", "floral patterns", failure="non_answer", kind="open"),
        describe(
            "kurta",
            "The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a "
            "stand neckline. The gentleman wears a long-sleeve kurta",
            failure="loop",
        ),
        Q.color("navy blue"),
        Q.pattern("printed"),
        details("kurta", "a pocket on the chest and a zipper", failure="unsupported"),
        Q.material("cotton"),
        title="Fabindia Men Indigo Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: grey textured poly-viscose waistcoat, V-neck without lapels, four buttons, two welt pockets, worn over a
    # white full-sleeve shirt and black trousers; white backdrop. Caption: caption adapter ("her"); wearing/color:
    # extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-036",
        caption(
            "a man in a grey vest and a white shirt. Her vest has sleeves cut off, cotton fabric and lattice patterns. "
            "It has a v-shape neckline. Her pants are of long length.",
            failure="pronoun",
        ),
        wearing("a grey vest and a white shirt", who="he"),
        color_of("waistcoat", "grey", kind="open"),
        Q.sleeve_length("long", failure="contradiction"),
        Q.color("white", failure="other_garment_color"),
        Q.garment_type("vest"),
        Q.material("wool", failure="unsupported"),
        details("waistcoat", "four buttons and a v neck"),
        title="Manyavar Men Grey Waistcoat",
        category="Waistcoat",
        color="Grey",
        gender="Men",
    ),
    # photo: light-blue denim shirt, two flap chest pockets, snap buttons, long sleeves, worn with khaki chinos; white
    # backdrop. Caption: caption adapter; wearing/color/describe: extractive QA; details: caption adapter; material:
    # base; closed: reference.
    case(
        "X1126-037",
        caption(
            "a man in a blue denim shirt and khaki pants. His shirt has long sleeves, denim fabric and pure color "
            "patterns. It has a lapel neckline. His pants are of long length. The pants are with cotton fabric and "
            "pure color patterns."
        ),
        wearing("a blue denim shirt and khaki pants"),
        color_of("shirt", "khaki", failure="other_garment_color", kind="open"),
        describe("shirt", "blue denim shirt"),
        Q.color("blue"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.material("denim"),
        details(
            "shirt",
            "two pockets on the chest with flaps. the shirt has long sleeves, denim fabric and pure color patterns. it "
            "has a",
            failure="cut",
            hit_limit=True,
        ),
        title="Wrangler Men Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive henley t-shirt with a three-button placket, no pocket, long sleeves, worn with dark blue jeans; white
    # backdrop. Caption: caption adapter (cut at 50 tokens); wearing/color: extractive QA; details: caption adapter;
    # material: base; closed: reference.
    case(
        "X1126-038",
        caption(
            "a man in a green shirt and jeans. The gentleman wears a long-sleeve shirt with pure color patterns. The "
            "shirt is with cotton fabric. It has a round neckline. The gentleman wears a long pants. The pants are "
            "with denim fabric and pure color patterns. There is an",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a green shirt and jeans"),
        color_of("t-shirt", "green", kind="open"),
        Q.sleeve_length("short", failure="contradiction"),
        Q.garment_type("t-shirt"),
        details("t-shirt", "buttons on the front and a pocket on the chest", failure="unsupported"),
        Q.material("cotton"),
        title="Status Quo Men Olive Tshirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: purple silk-blend kurta with a gold-embroidered mandarin collar, long sleeves, worn with a gold-cream
    # churidar; white backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter
    # (looped); material: base (ran into a new turn); closed: reference.
    case(
        "X1126-039",
        caption(
            "a man wearing a purple kurta with gold embroidery. The upper clothing has long sleeves, silk fabric and "
            "pure color patterns. The neckline of it is stand."
        ),
        wearing("a purple kurta with gold embroidery", who="he"),
        color_of("kurta", "gold", failure="contradiction", kind="open"),
        Q.color("purple"),
        details(
            "kurta",
            "the neckline of it is stand. the neckline of it is stand. the neckline of it is stand. the neckline of "
            "it is",
            failure="loop",
            hit_limit=True,
        ),
        Q.material("silk Question: What is the color of the kurta? Answer: purple", failure="leak"),
        is_a("kurta", "yes"),
        title="Vastramay Men Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: white cotton churidar pyjama with gathered ankles and a drawstring, worn under a knee-length blue kurta
    # that covers the waist; white backdrop; full length. The labelled product is the pyjama. Caption: caption adapter;
    # wearing/color: extractive QA; details: caption adapter; material: base; closed: reference.
    case(
        "X1126-040",
        caption(
            "a man in a blue kurta and white pants. The upper clothing has long sleeves, cotton fabric and pure color "
            "patterns. The neckline of it is stand. The lower clothing is of long length. The fabric is cotton and it "
            "has pure color patterns."
        ),
        wearing("a blue kurta and white pants"),
        color_of("pyjama", "blue", failure="other_garment_color", kind="open"),
        Q.color("blue", failure="other_garment_color"),
        Q.garment_type("kurta", failure="contradiction"),
        is_a("kurta", "yes", failure="contradiction"),
        details("pyjama", "long", failure="non_answer"),
        Q.material("cotton"),
        title="Fabindia Men White Pyjama",
        category="Pyjamas",
        color="White",
        gender="Men",
    ),
    # photo: charcoal-grey cotton-blend slim formal trousers, flat front, worn with a light-blue shirt tucked in, black
    # belt, black shoes; white backdrop. Caption: caption adapter; wearing/color/describe: extractive QA; details:
    # caption adapter (looped); material: base; closed: reference.
    case(
        "X1126-041",
        caption(
            "a man in a blue shirt and grey pants. The shirt has long sleeves, cotton fabric and pure color patterns. "
            "It has a lapel neckline. The pants are of long length. The pants are with cotton fabric and pure color "
            "patterns."
        ),
        wearing("a blue shirt and grey pants", who="he"),
        color_of("trousers", "grey", kind="open"),
        Q.color("blue", failure="other_garment_color"),
        Q.garment_type("pants"),
        describe("trousers", "pants", failure="restated"),
        Q.material("cotton"),
        details(
            "trousers",
            "The pants are of long length. The pants are with cotton fabric and pure color patterns. The pants are of "
            "long length. The pants are with",
            failure="loop",
            hit_limit=True,
        ),
        title="Basics Men Charcoal Trousers",
        category="Trousers",
        color="Charcoal",
        gender="Men",
    ),
    # photo: maroon hooded sweatshirt with a kangaroo pocket and white drawcords, worn with blue jeans, no watch; white
    # backdrop. Caption: caption adapter (invents a wrist accessory); wearing/color: extractive QA; details: caption
    # adapter; closed: reference.
    case(
        "X1126-042",
        caption(
            "a man wearing a red hoodie and blue jeans. His sweater has long sleeves, cotton fabric and pure color "
            "patterns. His pants are of long length. The pants are with denim fabric and pure color patterns. There "
            "is an accessory on his wrist.",
            failure="unsupported",
        ),
        wearing("a red hoodie and blue jeans"),
        color_of("sweatshirt", "blue", failure="other_garment_color", kind="open"),
        Q.garment_type("jacket", failure="contradiction"),
        Q.color("maroon"),
        is_a("hoodie", "yes"),
        details(
            "sweatshirt",
            "a hood with white strings and a pocket in the front. the sweater has long sleeves, cotton fabric and pure "
            "color patterns. the",
            failure="cut",
            hit_limit=True,
        ),
        title="Roadster Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: teal-blue silk-blend kurta with small self-woven motifs, golden buttons, mandarin collar, long sleeves,
    # worn with cream churidar; white backdrop. The row has no gender. Caption: caption adapter (cut at 50 tokens);
    # wearing/color: extractive QA; details: caption adapter; material: base (ran into a new turn); closed: reference.
    case(
        "X1126-043",
        caption(
            "a man in a blue kurta with gold buttons. The upper clothing has long sleeves, silk fabric and complicated "
            "patterns. It has a stand neckline. The lower clothing is of long length. The fabric is cotton and it has "
            "pure color patterns. This gentleman wears a",
            failure="cut",
            hit_limit=True,
        ),
        wearing("a blue kurta with gold buttons"),
        color_of("kurta", "blue", kind="open"),
        Q.color("teal"),
        Q.garment_type("kurta"),
        details("kurta", "kurta details", failure="restated"),
        Q.material("silk Question: Is this a kurta? Answer: yes", failure="leak"),
        title="Manyavar Men Teal Kurta",
        category="Kurtas",
        color="Teal",
    ),
    # photo: navy chino shorts, above the knee, turn-up hem, worn with a white t-shirt and white sneakers; white
    # backdrop. Caption: caption adapter ("her"); wearing/color: extractive QA; details: caption adapter; material:
    # base; closed: reference.
    case(
        "X1126-044",
        caption(
            "a man in a white t-shirt and blue shorts. Her t-shirt has short sleeves, cotton fabric and pure color "
            "patterns. It has a round neckline. Her shorts are of three-point length. The shorts are with cotton "
            "fabric and pure color patterns.",
            failure="pronoun",
        ),
        wearing("a white t-shirt and blue shorts", who="he"),
        color_of("shorts", "white", failure="other_garment_color", kind="open"),
        Q.color("navy blue"),
        details("shorts", "the shorts are short", failure="non_answer"),
        Q.garment_type("pants", failure="contradiction"),
        Q.material("cotton"),
        title="Jack & Jones Men Navy Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a large yellow Batman logo on the chest, worn with grey joggers; white
    # backdrop. Caption: caption adapter; wearing/color: extractive QA; details: caption adapter (ran into a new turn);
    # closed: reference.
    case(
        "X1126-045",
        caption(
            "a man wearing a black t-shirt with a yellow batman logo on it. His t-shirt has short sleeves, cotton "
            "fabric and graphic patterns. It has a round neckline."
        ),
        wearing("a black t-shirt with a yellow batman logo on it"),
        color_of("t-shirt", "yellow", failure="contradiction", kind="open"),
        Q.color("black"),
        Q.pattern("graphic"),
        details(
            "t-shirt",
            "a batman logo on the front Question: What is the color of the logo? Answer: yellow",
            failure="leak",
        ),
        title="Kook N Keech Men Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: coffee-brown handloom cotton kurta with thin tonal self stripes, long sleeves, band collar, worn with
    # off-white pyjama; white backdrop. The row has no color. Caption: caption adapter (looped to 50 tokens);
    # wearing/color: extractive QA; details: caption adapter ("lady"); material: base; closed: reference.
    case(
        "X1126-046",
        caption(
            "a man in a brown kurta and white pants. The upper clothing has long sleeves, cotton fabric and striped "
            "patterns. The neckline of it is stand. The lower clothing is of long length. The lower clothing is of "
            "long length. The lower clothing is of long",
            failure="loop",
            hit_limit=True,
        ),
        wearing("a brown kurta and white pants", who="he"),
        color_of("kurta", "brown", kind="open"),
        Q.color("brown"),
        Q.pattern("striped"),
        details(
            "kurta",
            "This lady wears a long-sleeve kurta with striped patterns. The kurta is with cotton fabric.",
            failure="pronoun",
        ),
        Q.material("khadi", failure="unsupported"),
        title="Fabindia Men Kurta",
        category="Kurtas",
        gender="Men",
    ),
]
