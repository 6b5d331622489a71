"""BLIND_952 (46 products; Myntra co-ords/jumpsuits/dresses, caption+QA): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 95/126 failures found (75.4%) and 7/183 correct texts flagged
(3.8%). The writer's notes, verbatim:

Scenario: a night's enrichment of a Myntra-like women's feed of co-ord sets, jumpsuits and dresses (seller columns
title, category, color, gender; a few rows lack one). Photos are catalog shots: a model on a white, grey, beige or
dark studio backdrop, usually with shoes, a bag, a belt, a jacket or an inner tee that are not the product; one
co-ord set is a flat lay with no model. The job ran the third experiment's recipe: caption first, then extractive QA
over the caption for the open questions, and the reference engine for the closed ones.

Who wrote what: the captions came from three batches. Batch A (most rows) used the epoch-3 caption adapter
(leoreigoto/Data2_V2_Blip2_Finetune_Caption): DeepFashion-MultiModal template prose ("The lady wears a sleeveless
tank top with pure color patterns. The tank top is with cotton fabric."), no hue names at all, only pattern words;
it cannot say "jumpsuit" or "co-ord", so a jumpsuit comes out as a top plus long pants; it invents wrist accessories,
rings, hats and glasses, sometimes writes "gentleman"/"his"; it was trained without an end token and on unmasked
padding, so every one of its captions ran to the 50-token limit: a short template is followed by padding (decodes to
nothing, the text looks complete), a long one is cut mid-sentence, some repeat a sentence, a few run on into
"Question: ... Answer: ...". Batch B used the epoch-1 adapter (..._Caption_First_Epoch): half natural BLIP-2
("a woman wearing a navy blue polka dot maxi dress"), half template, so it does name hues; it also always ran to the
limit. Batch C used the untuned base Salesforce/blip2-opt-2.7b: short natural captions with hues, stopped on the
newline, except one greedy loop; it invents bags and props and now and then says "a man". Open answers (wearing,
describe, details, material, open color) are spans that timpal0l/mdeberta-v3-base-squad2 picked out of the caption:
always verbatim substrings of the caption (so they inherit its pronouns, loops, leaks and cut-off end), at most about
15 tokens, or "" when the model chose no answer. Closed answers (garment_type, color, pattern, sleeve_length, "Is this
a ...?") come from enrich's --engine reference: one lower-case candidate, never looping or cut.

Labeling conventions and judgement calls:
- One failure kind per text. Where a text has several, I label the format failure first (loop, leak, cut), then a
  wrong pronoun, then the content failure.
- hit_limit=True on every batch A and batch B caption (they all ran to 50 tokens). A complete, correct template
  caption under that flag is labeled correct: the padding hides the limit and the text is right for the photo.
- hit_limit=True on a QA span only where the span itself ran to the reader's 15-token maximum; a span that merely ends
  where its caption was cut is labeled cut with hit_limit False.
- "pure color", "graphic patterns", "lattice" or "other fabric" given as a color or material says nothing about the
  hue or fabric: non_answer. "" (the QA model's no-answer) is non_answer. A bare pattern or trim word ("floral",
  "polka dot", "sequin", "checkered") answering describe/details is non_answer; a bare noun that only echoes the
  question ("pants" for the trousers, "The skirt", "The dress", "shorts", "jumpsuit") is restated.
- The color of shoes, a bag, a belt, an inner tee, a jacket worn over the product, or the other half of an outfit
  given as the product's color is other_garment_color. The product's own print or embroidery color given as the base
  color ("pink" for a black floral maxi, "blue" for a white dress with blue embroidery) is contradiction.
- The template splitting a jumpsuit or a shirt dress into a top plus pants/skirt is a contradiction (garment vs
  seller category). For a co-ord set, the template's "shirt ... long pants" is correct; a closed garment_type naming
  only one half ("shirt", "skirt", "jacket") is a contradiction with the Co-Ords category.
- Material: a fabric word contradicting the title's fabric (cotton for a crepe/linen/satin title) is contradiction;
  a material taken from a prop (a straw hat) is unsupported. With no fabric in the title, a plausible fabric for what
  the photo shows (chiffon for a sheer georgette look, knitted for a rib knit) is correct.
- Invented props, jewellery, backdrops, a person in a flat lay, or a collar color that is not there: unsupported.
- A sleeve length taken from an inner tee or shirt (short sleeves on a slip dress over a tee) is a contradiction.
- "What is she wearing?" answered with a true description of a worn jacket rather than the product is correct.
- A seller "Multi" row answered "multicolor" is correct; closed colors are correct when in the seller color's group
  (mustard -> yellow, rust -> orange, burgundy -> red, mauve -> purple, cream -> white, magenta -> pink).
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_952 = [
    # photo: black crepe sleeveless jumpsuit, V-neck, self-tie waist belt, wide legs; nude block heels; plain white
    # backdrop, full front view. Caption: batch A epoch-3 adapter; open answers: mdeberta spans; closed: reference.
    case(
        "X952-001",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with cotton fabric. It "
            "has a v-shape neckline. The lady wears a long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction", who="she"),
        Q.garment_type("jumpsuit"),
        Q.color("black"),
        Q.material("cotton fabric", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details("jumpsuit", "v-shape neckline"),
        title="SASSAFRAS Women Black Solid Crepe Basic Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: pink fit-and-flare midi dress with small white and green flowers, flutter sleeves; nude sandals; white
    # wall backdrop, front view. Caption: batch C base model; open answers: mdeberta spans; closed: reference.
    case(
        "X952-002",
        caption("a woman in a pink floral dress standing in front of a white wall"),
        wearing("a pink floral dress", who="she"),
        color_of("dress", "pink", kind="open"),
        describe("dress", "pink floral dress"),
        details("dress", "floral", "non_answer"),
        Q.pattern("floral"),
        is_a("jumpsuit", "no"),
        title="Berrylush Women Pink Floral Print Fit and Flare Midi Dress",
        category="Dresses",
        color="Pink",
        gender="Women",
    ),
    # photo: mustard yellow straight top with white floral motifs, three-quarter sleeves, round neck, and matching
    # palazzos; brown flats; white backdrop. Caption: batch A epoch-3 (cut); spans by mdeberta; closed: reference.
    case(
        "X952-003",
        caption(
            "The lady wears a three-quarter sleeve shirt with floral patterns. The shirt is with cotton fabric. It has "
            "a round neckline. The lady wears a long pants. The pants are with cotton fabric and floral patterns. "
            "There is an accessory on her",
            "cut",
            hit_limit=True,
        ),
        wearing("a three-quarter sleeve shirt with floral patterns", who="she"),
        Q.color("yellow"),
        Q.pattern("floral"),
        details("top", "It has a round neckline"),
        describe("palazzos", "There is an accessory on her", "cut"),
        Q.garment_type("kurta", "contradiction"),
        title="AASK Women Mustard Yellow & White Printed Top with Palazzos",
        category="Co-Ords",
        color="Mustard",
        gender="Women",
    ),
    # photo: navy blue maxi dress with white polka dots, short puff sleeves, sheer flowing georgette; white backdrop.
    # Caption: batch B epoch-1 adapter (repeats a sentence to the limit); spans by mdeberta; closed: reference.
    case(
        "X952-004",
        caption(
            "a woman wearing a navy blue polka dot maxi dress with short sleeves. The dress is with chiffon fabric and "
            "pure color patterns. The dress is with chiffon fabric and pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "navy blue", kind="open"),
        describe("dress", "navy blue polka dot maxi dress with short sleeves"),
        Q.material("chiffon fabric"),
        Q.pattern("polka dots"),
        Q.sleeve_length("long sleeves", "contradiction"),
        details(
            "dress",
            "The dress is with chiffon fabric and pure color patterns. The dress is with",
            "loop",
            hit_limit=True,
        ),
        title="KASSUALLY Women Navy Blue & White Polka Dot Maxi Dress",
        category="Dresses",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: olive utility jumpsuit, short sleeves, chest flap pockets, drawstring waist; white sneakers; no bag in
    # hand; white backdrop. Caption: batch C base model (invents a bag); spans by mdeberta; closed: reference.
    case(
        "X952-005",
        caption("a woman in an olive green jumpsuit and white sneakers holding a black handbag", "unsupported"),
        wearing("an olive green jumpsuit and white sneakers", who="she"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        details("jumpsuit", "holding a black handbag", "unsupported"),
        Q.garment_type("jumpsuit"),
        is_a("jumpsuit", "yes"),
        Q.color("green"),
        title="Tokyo Talkies Women Olive Green Solid Utility Jumpsuit",
        category="Jumpsuit",
        color="Olive",
        gender="Women",
    ),
    # photo: lavender rib-knit crew-neck sweater and matching joggers, white sneakers, a thin silver bracelet; light
    # grey backdrop. Caption: batch A epoch-3 ("his" wrist); spans by mdeberta; closed: reference.
    case(
        "X952-006",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a round neckline. The lady wears a long pants. There is an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns", who="she"),
        Q.color("grey", "contradiction"),
        Q.material("knitted fabric"),
        color_of("joggers", "pure color", "non_answer", kind="open"),
        Q.sleeve_length("long sleeves"),
        title="Mast & Harbour Women Lavender Knitted Sweater with Joggers",
        category="Co-Ords",
        color="Lavender",
        gender="Women",
    ),
    # photo: maroon long-sleeve midi wrap dress, V-neck, tie at the waist; black heels; white backdrop.
    # Caption: batch A epoch-3, repeats its first sentences; spans by mdeberta; closed: reference (chose the heels).
    case(
        "X952-007",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. The lady wears a long-sleeve dress with pure color patterns. The dress is with chiffon "
            "fabric. It has",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a long-sleeve dress with pure color patterns"),
        details("dress", "v-shape neckline"),
        Q.color("black", "other_garment_color"),
        Q.pattern("solid"),
        is_a("dress", "yes"),
        Q.garment_type("dress"),
        title="Athena Women Maroon Solid Wrap Midi Dress",
        category="Dresses",
        color="Maroon",
        gender="Women",
    ),
    # photo: mid-blue denim dungaree-style jumpsuit with a bib pocket and straps, over a white short-sleeve tee; white
    # sneakers; white backdrop. Caption: batch C base model; spans by mdeberta; closed: reference.
    case(
        "X952-008",
        caption("a woman wearing a denim jumpsuit and a white t-shirt"),
        wearing("a denim jumpsuit and a white t-shirt", who="she"),
        color_of("jumpsuit", "white", "other_garment_color", kind="open"),
        Q.color("white", "other_garment_color"),
        Q.garment_type("jumpsuit"),
        Q.material("denim"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Roadster Women Blue Denim Dungaree Jumpsuit",
        category="Jumpsuit",
        color="Blue",
        gender="Women",
    ),
    # photo: white shirt with thin blue pinstripes, short sleeves, notch collar, and matching shorts; brown sandals;
    # beige backdrop. Caption: batch B epoch-1 (complete, then padding); spans by mdeberta; closed: reference.
    case(
        "X952-009",
        caption(
            "a woman wearing a white and blue striped shirt and shorts. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts.",
            hit_limit=True,
        ),
        wearing("a white and blue striped shirt and shorts", who="she"),
        Q.pattern("striped"),
        color_of("shorts", "white and blue", kind="open"),
        describe("shorts", "shorts", "restated"),
        Q.sleeve_length("short sleeves"),
        is_a("co-ord set", "no", "contradiction"),
        title="Tokyo Talkies Women White & Blue Striped Shirt with Shorts",
        category="Co-Ords",
        color="White",
        gender="Women",
    ),
    # photo: black sleeveless knee-length bodycon dress with a light-blue denim jacket worn open over it, tan sling bag;
    # white backdrop. Caption: batch A epoch-3, cut mid-word run; spans by mdeberta; closed: reference.
    case(
        "X952-010",
        caption(
            "The lady wears a long-sleeve denim jacket with pure color patterns. The jacket is with denim fabric. It "
            "has a lapel neckline. The lady wears a sleeveless dress with pure color patterns. The dress is with "
            "cotton",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve denim jacket with pure color patterns", who="she"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        describe("dress", "a sleeveless dress with pure color patterns. The dress is with cotton", "cut"),
        is_a("dress", "yes"),
        title="DressBerry Women Black Solid Bodycon Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: green A-line midi dress with small cream flowers, sleeveless with straps; the model holds a small white
    # purse; white backdrop. Caption: batch C base model; spans by mdeberta; closed: reference.
    case(
        "X952-011",
        caption("a woman in a green floral dress holding a white purse"),
        wearing("a green floral dress", who="she"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("floral"),
        Q.material("", "non_answer"),
        title="Sera Women Green Floral Printed A-Line Midi Dress",
        category="Dresses",
        color="Green",
        gender="Women",
    ),
    # photo: rust satin long-sleeve collared button-down shirt and matching straight trousers; tan heels; a gold watch
    # on her left wrist; white backdrop. Caption: batch A epoch-3 ("his wrist"); spans by mdeberta; closed: reference.
    case(
        "X952-012",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with other fabric. It has a "
            "lapel neckline. The lady wears a long trousers. There is an accessory on his wrist.",
            "pronoun",
            hit_limit=True,
        ),
        Q.material("other fabric", "non_answer"),
        Q.color("orange"),
        wearing("a long-sleeve shirt with pure color patterns", who="she"),
        details("shirt", "lapel neckline"),
        Q.garment_type("shirt", "contradiction"),
        title="Tokyo Talkies Women Rust Satin Shirt with Trousers",
        category="Co-Ords",
        color="Rust",
        gender="Women",
    ),
    # photo: teal culotte jumpsuit with a small white leaf print, halter neck; white sneakers; white backdrop.
    # Caption: batch B epoch-1, runs into the VQA prompt format; spans by mdeberta; closed: reference.
    case(
        "X952-013",
        caption(
            "a woman wearing a teal printed jumpsuit with a halter neck. The jumpsuit is with chiffon fabric. "
            "Question: What is the color of the jumpsuit? Answer: teal. Question: What",
            "leak",
            hit_limit=True,
        ),
        color_of("jumpsuit", "teal", kind="open"),
        describe("jumpsuit", "teal printed jumpsuit with a halter neck"),
        details("jumpsuit", "Question: What is the color of the jumpsuit? Answer: teal", "leak"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("printed"),
        Q.color("white", "other_garment_color"),
        title="SASSAFRAS Women Teal & White Printed Culotte Jumpsuit",
        category="Jumpsuit",
        color="Teal",
        gender="Women",
    ),
    # photo: off-white cotton schiffli (eyelet) shirt dress, knee length, rolled short sleeves, collar, button front,
    # brown waist belt; white backdrop. Caption: batch A epoch-3 (shirt + skirt); spans by mdeberta; closed: reference.
    case(
        "X952-014",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a short skirt. The skirt is with cotton fabric and pure color patterns.",
            "contradiction",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction", who="she"),
        Q.color("brown", "other_garment_color"),
        Q.material("cotton fabric"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeves"),
        title="Anouk Women Off-White Schiffli Cotton Shirt Dress",
        category="Dresses",
        color="Off White",
        gender="Women",
    ),
    # photo: black-and-white checked blazer and matching trousers over a black camisole; no jewellery; white backdrop.
    # Caption: batch C base model (invents a necklace); spans by mdeberta; closed: reference.
    case(
        "X952-015",
        caption("a woman in a black and white checkered suit and a gold necklace", "unsupported"),
        wearing("a black and white checkered suit", who="she"),
        Q.pattern("checked"),
        Q.color("black"),
        describe("blazer", "black and white checkered suit"),
        details("trousers", "checkered", "non_answer"),
        Q.garment_type("co-ord set"),
        is_a("dress", "yes", "contradiction"),
        title="Kotty Women Black & White Checked Blazer with Trousers Co-Ords",
        category="Co-Ords",
        color="Black",
        gender="Women",
    ),
    # photo: red tiered cotton maxi dress, short puff sleeves, square neck; a thin bracelet, no hat, no ring; white
    # backdrop. Caption: batch A epoch-3 (invents a hat and ring); spans by mdeberta; closed: reference.
    case(
        "X952-016",
        caption(
            "The lady wears a short-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "square neckline. This lady wears a hat. There is an accessory on her wrist. The lady wears a ring.",
            "unsupported",
            hit_limit=True,
        ),
        describe("dress", "a short-sleeve dress with pure color patterns"),
        details("dress", "This lady wears a hat", "unsupported"),
        Q.color("red"),
        Q.sleeve_length("short sleeves"),
        is_a("jumpsuit", "no"),
        title="Sangria Women Red Solid Tiered Maxi Dress",
        category="Dresses",
        color="Red",
        gender="Women",
    ),
    # photo: peach wide-leg jumpsuit, cap sleeves, round neck, fabric tie belt; white heels; light grey backdrop.
    # Caption: batch A epoch-3 ("gentleman", top + pants); spans by mdeberta; closed: reference.
    case(
        "X952-017",
        caption(
            "The gentleman wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a round neckline. The gentleman wears a long pants. The pants are with cotton fabric.",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", "contradiction", who="she"),
        Q.color("white", "other_garment_color"),
        Q.material("cotton fabric"),
        details("jumpsuit", "The gentleman wears a long pants", "pronoun"),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("short sleeves"),
        title="Harpa Women Peach-Coloured Solid Basic Jumpsuit",
        category="Jumpsuit",
        color="Peach",
        gender="Women",
    ),
    # photo: tie-dye tee (pink, blue, yellow swirls) and matching shorts; white sneakers; nothing on the wrists; white
    # backdrop. Caption: batch B epoch-1 (invents a wrist accessory); spans by mdeberta; closed: reference.
    case(
        "X952-018",
        caption(
            "a woman wearing a tie dye t-shirt and shorts. The t-shirt is with cotton fabric and graphic patterns. It "
            "has a round neckline. The lady wears a three-point shorts. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a tie dye t-shirt and shorts", who="she"),
        Q.color("white", "other_garment_color"),
        Q.pattern("printed"),
        Q.material("cotton fabric"),
        describe("shorts", "three-point shorts"),
        color_of("shorts", "graphic patterns", "non_answer", kind="open"),
        title="Bewakoof Women Multicoloured Tie-Dye T-shirt with Shorts",
        category="Co-Ords",
        color="Multi",
        gender="Women",
    ),
    # photo: mauve smocked midi dress, long balloon sleeves, square neck; standing, no furniture; white backdrop.
    # Caption: batch C base model (invents a chair); spans by mdeberta; closed: reference.
    case(
        "X952-019",
        caption("a woman in a purple dress with puffy sleeves sitting on a chair", "unsupported"),
        wearing("a purple dress with puffy sleeves", who="she"),
        color_of("dress", "purple", kind="open"),
        Q.sleeve_length("long sleeves"),
        details("dress", "puffy sleeves"),
        Q.pattern("striped", "contradiction"),
        is_a("dress", "yes"),
        title="Berrylush Women Mauve Smocked Balloon Sleeve Midi Dress",
        category="Dresses",
        color="Mauve",
        gender="Women",
    ),
    # photo: charcoal grey melange rib-knit one-shoulder jumpsuit, tapered legs; white backdrop, three-quarter view.
    # Caption: batch A epoch-3, loops on two sentences; spans by mdeberta; closed: reference.
    case(
        "X952-020",
        caption(
            "The lady wears a sleeveless tank top with pure color patterns. The tank top is with knitted fabric. It "
            "has a suspenders neckline. The tank top is with knitted fabric. It has a suspenders neckline. The tank "
            "top is",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless tank top with pure color patterns", "contradiction", who="she"),
        Q.color("grey"),
        Q.material("knitted fabric"),
        details("jumpsuit", "suspenders neckline", "unsupported"),
        Q.garment_type("jumpsuit"),
        title="FOREVER 21 Women Charcoal Grey Melange One-Shoulder Knit Jumpsuit",
        category="Jumpsuit",
        color="Charcoal",
        gender="Women",
    ),
    # photo: sea green crop top (short sleeves, square neck) and matching midi skirt with a side slit; beige heels;
    # white backdrop. Caption: batch A epoch-3, cut; spans by mdeberta; closed: reference.
    case(
        "X952-021",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a long skirt. The skirt is with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with pure color patterns", who="she"),
        Q.color("green"),
        describe("skirt", "The skirt", "restated"),
        details("top", "It has a square neckline"),
        is_a("co-ord set", "yes"),
        Q.garment_type("skirt", "contradiction"),
        title="StyleStone Women Sea Green Solid Crop Top with Midi Skirt",
        category="Co-Ords",
        color="Sea Green",
        gender="Women",
    ),
    # photo: yellow sleeveless sundress with a white lace trim at the hem; the model holds a straw hat by her side;
    # white backdrop. Caption: batch C base model; spans by mdeberta (material from the hat); closed: reference.
    case(
        "X952-022",
        caption("a woman in a yellow dress holding a straw hat"),
        wearing("a yellow dress", who="she"),
        Q.color("yellow"),
        Q.material("straw", "unsupported"),
        is_a("dress", "yes"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Cottinfab Women Yellow Solid Sundress with Lace Detail",
        category="Dresses",
        color="Yellow",
        gender="Women",
    ),
    # photo: navy blue straight top with gold foil print, three-quarter sleeves, and plain navy palazzos; gold juttis;
    # no rings visible; white backdrop. Caption: batch B epoch-1 (invents a ring); spans by mdeberta; closed: reference.
    case(
        "X952-023",
        caption(
            "a woman wearing a navy blue kurta with gold print and palazzo pants. The kurta is with cotton fabric. She "
            "wears a ring on her finger.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a navy blue kurta with gold print and palazzo pants", who="she"),
        color_of("palazzos", "navy blue", kind="open"),
        Q.garment_type("kurta", "contradiction"),
        Q.material("cotton fabric"),
        Q.pattern("printed"),
        Q.color("blue"),
        title="Anouk Women Navy Blue Foil Printed Top with Palazzos",
        category="Co-Ords",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: white linen jumpsuit, short sleeves, notch collar, black leather belt; beige backdrop.
    # Caption: batch A epoch-3, runs into a Question/Answer line; spans by mdeberta; closed: reference.
    case(
        "X952-024",
        caption(
            "The lady wears a short-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. Question: What is the color of the pants? Answer: The pants are with",
            "leak",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.material("cotton fabric", "contradiction"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "Question: What is the color of the pants? Answer:", "leak"),
        is_a("jumpsuit", "yes"),
        Q.sleeve_length("short sleeves"),
        title="Vero Moda Women White Linen Jumpsuit with Belt",
        category="Jumpsuit",
        color="White",
        gender="Women",
    ),
    # photo: shift dress with a black, white and orange geometric print, short sleeves, round neck; bare wrists;
    # white backdrop. Caption: batch A epoch-3 (invents a wrist accessory); spans by mdeberta; closed: reference.
    case(
        "X952-025",
        caption(
            "The lady wears a short-sleeve dress with graphic patterns. The dress is with cotton fabric. It has a "
            "round neckline. There is an accessory on her wrist.",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("multicolor"),
        Q.pattern("geometric"),
        describe("dress", "a short-sleeve dress with graphic patterns"),
        details("dress", "There is an accessory on her wrist", "unsupported"),
        is_a("skirt", "no"),
        title="Marks & Spencer Women Multicoloured Geometric Print Shift Dress",
        category="Dresses",
        color="Multi",
        gender="Women",
    ),
    # photo: beige ribbed tank top and beige wide-leg trousers with a matching open long shrug; white sneakers; white
    # backdrop. Caption: batch C base model (trousers called white); spans by mdeberta; closed: reference.
    case(
        "X952-026",
        caption("a woman wearing a beige cardigan and white pants", "other_garment_color"),
        wearing("a beige cardigan and white pants", "other_garment_color", who="she"),
        Q.color("beige"),
        describe("trousers", "pants", "restated"),
        Q.material("", "non_answer"),
        Q.garment_type("co-ord set"),
        Q.pattern("solid"),
        title="Trend Arrest Women Beige Ribbed Top with Trousers & Shrug",
        category="Co-Ords",
        color="Beige",
        gender="Women",
    ),
    # photo: black satin slip dress layered over a white short-sleeve tee; white sneakers; white backdrop.
    # Caption: batch B epoch-1 (complete, then padding); spans by mdeberta; closed: reference.
    case(
        "X952-027",
        caption(
            "a woman wearing a white t-shirt and a black slip dress. The t-shirt is with cotton fabric and pure color "
            "patterns.",
            hit_limit=True,
        ),
        color_of("dress", "white", "other_garment_color", kind="open"),
        Q.color("black"),
        wearing("a white t-shirt and a black slip dress", who="she"),
        Q.material("cotton fabric", "contradiction"),
        Q.sleeve_length("short sleeves", "contradiction"),
        is_a("dress", "yes"),
        title="Mast & Harbour Women Black Satin Slip Dress",
        category="Dresses",
        color="Black",
        gender="Women",
    ),
    # photo: maroon velvet jumpsuit, full sleeves, round neck, wide legs; black heels; white backdrop.
    # Caption: batch A epoch-3, loops; spans by mdeberta; closed: reference.
    case(
        "X952-028",
        caption(
            "The lady wears a long-sleeve sweater with pure color patterns. The sweater is with furry fabric. It has a "
            "round neckline. The sweater is with furry fabric. It has a round neckline. The sweater is with furry",
            "loop",
            hit_limit=True,
        ),
        Q.material("furry fabric", "contradiction"),
        Q.color("maroon"),
        Q.pattern("solid"),
        details("jumpsuit", "round neckline"),
        Q.garment_type("jumpsuit"),
        title="SASSAFRAS Women Maroon Velvet Wide-Leg Jumpsuit",
        category="Jumpsuit",
        color="Maroon",
        gender="Women",
    ),
    # photo: pink-and-white gingham checked top, short puff sleeves, square neck, and matching mini skirt; no hat;
    # white backdrop. Caption: batch A epoch-3 (invents a hat); spans by mdeberta; closed: reference.
    case(
        "X952-029",
        caption(
            "The lady wears a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "square neckline. The lady wears a short skirt. This lady wears a hat.",
            "unsupported",
            hit_limit=True,
        ),
        Q.pattern("checked"),
        Q.color("pink"),
        color_of("top", "lattice", "non_answer", kind="open"),
        details("skirt", "The lady wears a short skirt"),
        is_a("co-ord set", "yes"),
        Q.sleeve_length("short sleeves"),
        title="Tokyo Talkies Women Pink Gingham Checked Top with Skirt",
        category="Co-Ords",
        color="Pink",
        gender="Women",
    ),
    # photo: mid-blue denim shirt dress, long sleeves rolled to the elbow, tan-brown belt; empty hands; white backdrop.
    # Caption: batch C base model (invents a handbag); spans by mdeberta; closed: reference.
    case(
        "X952-030",
        caption("a woman in a denim shirt dress with a brown belt and a white handbag", "unsupported"),
        color_of("dress", "brown", "other_garment_color", kind="open"),
        Q.color("blue"),
        Q.material("denim"),
        wearing("a denim shirt dress with a brown belt", who="she"),
        details("dress", "a brown belt"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Blue Denim Shirt Dress with Belt",
        category="Dresses",
        color="Blue",
        gender="Women",
    ),
    # photo: mustard jumpsuit with a small floral print, V-neck, short flutter sleeves, tie-up waist; white sneakers;
    # white backdrop. Caption: batch B epoch-1, cut; spans by mdeberta; closed: reference.
    case(
        "X952-031",
        caption(
            "a woman wearing a yellow floral jumpsuit and white sneakers. The jumpsuit is with chiffon fabric and "
            "floral patterns. It has a v-shape neckline. The woman wears a pair of",
            "cut",
            hit_limit=True,
        ),
        color_of("jumpsuit", "yellow", kind="open"),
        wearing("a yellow floral jumpsuit and white sneakers", who="she"),
        Q.pattern("floral"),
        details("jumpsuit", "The woman wears a pair of", "cut"),
        Q.garment_type("jumpsuit"),
        Q.color("white", "other_garment_color"),
        title="Rare Women Mustard Yellow Floral Printed Tie-Up Jumpsuit",
        category="Jumpsuit",
        color="Mustard",
        gender="Women",
    ),
    # photo: flat lay, no model: green-and-white striped short-sleeve shirt and matching shorts on a white surface.
    # Caption: batch A epoch-3 (puts a lady in it); spans by mdeberta; closed: reference.
    case(
        "X952-032",
        caption(
            "The lady wears a short-sleeve shirt with striped patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a three-point shorts. The shorts are with cotton fabric and striped "
            "patterns.",
            "unsupported",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with striped patterns"),
        Q.pattern("striped"),
        Q.color("green"),
        Q.material("cotton fabric"),
        describe("shorts", "three-point shorts"),
        title="Campus Sutra Women Green & White Striped Shirt with Shorts",
        category="Co-Ords",
        color="Green",
        gender="Women",
    ),
    # photo: burgundy velvet one-shoulder sleeveless mini bodycon dress, gold earrings; standing; dark grey backdrop.
    # Caption: batch C base model (invents a sofa); spans by mdeberta; closed: reference.
    case(
        "X952-033",
        caption("a woman in a red velvet dress sitting on a sofa", "unsupported"),
        wearing("a red velvet dress", who="she"),
        Q.color("purple", "contradiction"),
        Q.material("velvet"),
        Q.sleeve_length("sleeveless"),
        describe("dress", "red velvet dress"),
        title="Athena Women Burgundy Velvet One-Shoulder Bodycon Dress",
        category="Dresses",
        color="Burgundy",
        gender="Women",
    ),
    # photo: black-and-white horizontally striped off-shoulder jumpsuit, wide legs; black sandals; white backdrop.
    # Caption: batch A epoch-3, loops; spans by mdeberta (one span runs to its 15-token cap); closed: reference.
    case(
        "X952-034",
        caption(
            "The lady wears a sleeveless tank top with striped patterns. The tank top is with cotton fabric. The lady "
            "wears a long pants. The pants are with cotton fabric and striped patterns. The pants are with cotton "
            "fabric and striped patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        Q.color("black"),
        details(
            "jumpsuit",
            "striped patterns. The pants are with cotton fabric and striped patterns. The pants are",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("jumpsuit"),
        Q.sleeve_length("sleeveless"),
        is_a("jumpsuit", "no", "contradiction"),
        title="Berrylush Women Black & White Striped Off-Shoulder Jumpsuit",
        category="Jumpsuit",
        color="Black",
        gender="Women",
    ),
    # photo: coffee brown corduroy shacket and matching straight trousers over a cream knit top; white sneakers;
    # white backdrop. Caption: batch B epoch-1, runs into a Q/A line; spans by mdeberta; closed: reference.
    case(
        "X952-035",
        caption(
            "a woman wearing a brown corduroy jacket and pants with a white top. Question: What is the woman wearing? "
            "Answer: a brown corduroy jacket and pants",
            "leak",
            hit_limit=True,
        ),
        Q.color("white", "other_garment_color"),
        color_of("jacket", "brown", kind="open"),
        Q.material("corduroy"),
        wearing("a brown corduroy jacket and pants with a white top", who="she"),
        describe("trousers", "pants", "restated"),
        Q.garment_type("jacket", "contradiction"),
        title="Urbanic Women Coffee Brown Corduroy Shacket with Trousers",
        category="Co-Ords",
        color="Coffee Brown",
        gender="Women",
    ),
    # photo: turquoise blue sleeveless halter mini dress with tiered ruffles; white backdrop.
    # Caption: batch A epoch-3 ("The man", "His"); spans by mdeberta; closed: reference.
    case(
        "X952-036",
        caption(
            "The man wears a sleeveless dress with pure color patterns. The dress is with chiffon fabric. His dress "
            "has a halter neckline.",
            "pronoun",
            hit_limit=True,
        ),
        describe("dress", "a sleeveless dress with pure color patterns"),
        details("dress", "His dress has a halter neckline", "pronoun"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        Q.pattern("solid"),
        title="SASSAFRAS Women Turquoise Blue Ruffled Halter Mini Dress",
        category="Dresses",
        color="Turquoise Blue",
        gender="Women",
    ),
    # photo: navy blue jumpsuit with white polka dots, navy collar, short sleeves, button placket, tie belt; brown
    # sandals; white backdrop. Caption: batch C base model (collar called white); spans by mdeberta; closed: reference.
    case(
        "X952-037",
        caption("a woman in a navy blue polka dot jumpsuit with a white collar", "unsupported"),
        wearing("a navy blue polka dot jumpsuit", who="she"),
        color_of("jumpsuit", "navy blue polka dot", kind="open"),
        details("jumpsuit", "polka dot", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        Q.pattern("polka dots"),
        Q.material("", "non_answer"),
        title="Harpa Women Navy Blue Polka Dot Print Collared Jumpsuit",
        category="Jumpsuit",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: cream knitted V-neck sweater vest and matching pleated midi skirt, worn over a white long-sleeve collared
    # shirt; black loafers; white backdrop. Caption: batch A epoch-3, cut; spans by mdeberta; closed: reference.
    case(
        "X952-038",
        caption(
            "The lady wears a sleeveless sweater with pure color patterns. The sweater is with knitted fabric. It has "
            "a v-shape neckline. The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton "
            "fabric. The lady wears",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless sweater with pure color patterns", who="she"),
        Q.sleeve_length("long sleeves", "contradiction"),
        Q.color("white"),
        Q.material("knitted fabric"),
        describe("skirt", "", "non_answer"),
        title="Kazo Women Cream Knitted Sweater Vest with Pleated Skirt",
        category="Co-Ords",
        color="Cream",
        gender="Women",
    ),
    # photo: grey melange T-shirt dress with a black graphic print on the chest, short sleeves, knee length; white
    # sneakers; white backdrop. Caption: batch A epoch-3, leaks and repeats Q/A lines; spans by mdeberta.
    case(
        "X952-039",
        caption(
            "The lady wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. It has a "
            "round neckline. Question: Is this a dress? Answer: yes. Question: Is this a dress? Answer:",
            "leak",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns", "contradiction", who="she"),
        Q.color("grey"),
        Q.pattern("graphic"),
        is_a("dress", "yes"),
        details("dress", "Answer: yes", "leak"),
        title="Bewakoof Women Grey Melange Graphic Printed T-shirt Dress",
        category="Dresses",
        color="Grey Melange",
        gender="Women",
    ),
    # photo: orange floral-print bralette top, matching flared pants and a sheer orange floral kimono shrug; tan heels;
    # white backdrop. Caption: batch B epoch-1, cut; spans by mdeberta; closed: reference.
    case(
        "X952-040",
        caption(
            "a woman wearing an orange printed kimono, a crop top and flared pants. The kimono is with chiffon fabric "
            "and floral patterns. The crop top is with cotton fabric and floral patterns. The flared pants are with",
            "cut",
            hit_limit=True,
        ),
        color_of("pants", "orange", kind="open"),
        wearing("an orange printed kimono, a crop top and flared pants", who="she"),
        Q.garment_type("co-ord set"),
        Q.pattern("floral"),
        Q.material("chiffon fabric"),
        Q.color("brown", "other_garment_color"),
        is_a("dress", "no"),
        title="Global Desi Women Orange Floral Printed Top with Flared Pants & Shrug",
        category="Co-Ords",
        color="Orange",
        gender="Women",
    ),
    # photo: khaki cotton twill boiler jumpsuit, long sleeves rolled up, zip front, chest pockets, black belt; white
    # backdrop. Caption: batch A epoch-3, cut (calls the pants denim); spans by mdeberta; closed: reference.
    case(
        "X952-041",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears a long pants. The pants are with denim fabric and pure color patterns. "
            "There is",
            "cut",
            hit_limit=True,
        ),
        Q.color("black", "other_garment_color"),
        Q.material("denim fabric", "contradiction"),
        Q.garment_type("jumpsuit"),
        details("jumpsuit", "lapel neckline"),
        Q.sleeve_length("long sleeves"),
        title="Roadster Women Khaki Solid Cotton Boiler Jumpsuit",
        category="Jumpsuit",
        color="Khaki",
        gender="Women",
    ),
    # photo: magenta sequinned sleeveless bodycon party dress; black studio backdrop.
    # Caption: batch C base model, a greedy loop to the limit; spans by mdeberta (one copies the loop); closed: ref.
    case(
        "X952-042",
        caption(
            "a woman in a pink sequin dress with a pink sequin dress with a pink sequin dress with a pink sequin dress "
            "with a pink sequin dress with a pink",
            "loop",
            hit_limit=True,
        ),
        wearing("a pink sequin dress", who="she"),
        Q.color("pink"),
        details("dress", "sequin", "non_answer"),
        describe(
            "dress", "pink sequin dress with a pink sequin dress with a pink sequin dress", "loop", hit_limit=True
        ),
        Q.sleeve_length("sleeveless"),
        title="Rare Women Magenta Sequinned Bodycon Party Dress",
        category="Dresses",
        color="Magenta",
        gender="Women",
    ),
    # photo: long-sleeve round-neck top and straight trousers in a blue-and-white floral print; white heels; no
    # glasses; white backdrop. Caption: batch A epoch-3 (invents glasses); spans by mdeberta; closed: reference.
    case(
        "X952-043",
        caption(
            "The lady wears a long-sleeve shirt with floral patterns. The shirt is with chiffon fabric. It has a round "
            "neckline. The lady wears a long trousers. This lady wears glasses.",
            "unsupported",
            hit_limit=True,
        ),
        Q.color("blue"),
        Q.pattern("floral"),
        wearing("a long-sleeve shirt with floral patterns", who="she"),
        Q.material("chiffon fabric"),
        details("top", "round neckline"),
        describe("trousers", "This lady wears glasses", "unsupported"),
        is_a("co-ord set", "yes"),
        Q.garment_type("co-ord set"),
        title="Miaz Lifestyle Women Blue & White Floral Print Top with Trousers",
        category="Co-Ords",
        color="Blue",
        gender="Women",
    ),
    # photo: white cotton maxi dress with blue thread embroidery at the yoke, three-quarter sleeves; white backdrop.
    # The feed row has no color column. Caption: batch B epoch-1, loops; spans by mdeberta; closed: reference.
    case(
        "X952-044",
        caption(
            "a woman wearing a white maxi dress with blue embroidery. The dress is with cotton fabric. The dress is "
            "with cotton fabric. The dress is with cotton fabric. The dress is with cotton fabric. The",
            "loop",
            hit_limit=True,
        ),
        color_of("dress", "blue", "contradiction", kind="open"),
        Q.color("white"),
        wearing("a white maxi dress with blue embroidery", who="she"),
        Q.material("cotton fabric"),
        Q.sleeve_length("three-quarter sleeves"),
        describe("dress", "The dress", "restated"),
        title="Biba Women White Embroidered Cotton Maxi Dress",
        category="Dresses",
        gender="Women",
    ),
    # photo: red solid sleeveless strappy jumpsuit, wide legs; gold strappy heels; the model has short cropped hair;
    # white backdrop. Caption: batch C base model ("a man"); spans by mdeberta; closed: reference.
    case(
        "X952-045",
        caption("a man in a red jumpsuit", "pronoun"),
        wearing("a red jumpsuit", who="she"),
        Q.color("gold", "other_garment_color"),
        Q.sleeve_length("sleeveless"),
        describe("jumpsuit", "a man in a red jumpsuit", "pronoun"),
        details("jumpsuit", "jumpsuit", "restated"),
        is_a("jumpsuit", "yes"),
        title="SASSAFRAS Women Red Solid Strappy Jumpsuit",
        category="Jumpsuit",
        color="Red",
        gender="Women",
    ),
    # photo: long-sleeve wrap maxi dress, black ground with pink roses, V-neck; no jewellery; white backdrop. The feed
    # row has no category column. Caption: batch A epoch-3, loops on "ring"; spans by mdeberta; closed: reference.
    case(
        "X952-046",
        caption(
            "The lady wears a long-sleeve dress with floral patterns. The dress is with chiffon fabric. It has a "
            "v-shape neckline. This lady wears a ring. This lady wears a ring. This lady wears a ring. This lady",
            "loop",
            hit_limit=True,
        ),
        describe("dress", "a long-sleeve dress with floral patterns"),
        details("dress", "This lady wears a ring. This lady wears a ring.", "loop"),
        Q.color("pink", "contradiction"),
        Q.pattern("floral"),
        Q.material("chiffon fabric"),
        Q.garment_type("dress"),
        title="Athena Women Black & Pink Floral Print Wrap Maxi Dress",
        color="Black",
        gender="Women",
    ),
]
