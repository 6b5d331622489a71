"""BLIND_929 (46 products; Myntra men's ethnic wear, caption then span QA): written blind in the fifty-seventh session.
Measured blind at eed7db2 (the session's seventh rules): 93/125 failures found (74.4%) and 15/182 correct texts flagged
(8.2%). The writer's notes, verbatim:

Scenario: one night of the enrichment job over a Myntra-like feed of men's ethnic wear: Kurtas, Kurta Sets, Nehru
Jackets and Sherwani rows, with the seller's title, category (article type), color (base colour) and gender. Photos are
Myntra product shots, mostly on a white or light grey backdrop, a model standing front-on; a few lifestyle shots (a
palace courtyard, a brick wall, a yellow haveli wall). The model wears the whole look: churidar, pyjamas, jeans or
dhoti pants under the kurta, a kurta or shirt under the Nehru jacket, a stole, a safa or mojaris with the sherwani.

Who wrote what: the caption comes from a caption adapter on Salesforce/blip2-opt-2.7b (max 50 new tokens, greedy).
Most rows were captioned with the epoch-1 adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch): it still writes the
base model's noun phrases with hues ("a man in a maroon kurta and white pyjamas") and then drifts into the
DeepFashion template ("The kurta is with cotton fabric. It has a stand neckline."), and as it was trained without an
end token it loops or runs to the limit once it starts the template. Six rows (005, 011, 017, 024, 033, 040) went
through the epoch-3 adapter (Data2_V2_Blip2_Finetune_Caption): pure template, no hue names ("pure color patterns"),
"shirt", "coat" or "dress" for the garment, "The lady" now and then. Open answers (wearing, describe, details,
material and the open color questions) are spans that the extractive QA model (mdeberta-v3-base-squad2) pulled out
of that caption, so they are substrings of it; when its best span scored under the job's threshold the job either
kept the null answer (stored as an empty string) or, for the describe/details/material questions on some rows, fell
back to base BLIP-2 (no adapter) with the `Question: ... Answer:` prompt and max 30 new tokens; each row's comment
names those fallbacks. Closed answers (garment type, color, pattern, sleeve length, collar, the yes/no "Is this a
...?") come from enrich's reference engine, which ranks a fixed candidate list and picks one value, so they never
loop or stop short.

Labeling conventions and judgement calls:
- One label per text. When a text has two failures, the label is the first of: loop, cut, leak, pronoun,
  other_garment_color, contradiction, unsupported, restated, non_answer (a looping caption that also says "lady" is
  a loop).
- A span cut from a caption that hit its limit is labelled like the caption part it copies (a span ending in "The
  man is wearing a pair of" is cut; a span of the repeated sentence is loop), but hit_limit is only set on texts that
  themselves ran to their token limit (the caption, a fallback generation), never on a span or a closed answer.
- Synonyms counted correct: Nehru jacket = vest, waistcoat, jacket; sherwani = coat, long coat; kurta set = kurta;
  churidar = pants, pyjamas; safa = turban; stole = scarf; plaid = checked; booti/small motifs = floral when the
  motifs are flowers. "shirt" or "dress" for a kurta, and "dress" or "kurta" for a sherwani, are contradictions
  (the candidate list had kurta, kurta set, nehru jacket and sherwani to pick from).
- Shades counted correct: within the README's color groups (navy/dark blue = blue, maroon = red, peach or magenta =
  pink, olive/sea green = green, mustard = yellow, cream/off white = white, rust = orange, copper-toned = brown,
  lavender = purple, charcoal = grey), plus teal = green (the photo reads green) and gold = golden. Charcoal called
  "black" is a contradiction (the seller and the closed answer say grey). A color from another group that belongs to
  nothing else in the photo is a contradiction; a color that belongs to another thing the model wears (churidar,
  inner kurta, shirt, stole, safa, shoes) is other_garment_color; the backdrop's color given as the garment's is a
  contradiction, not other_garment_color (a wall is not a garment). Multi-colour prints: the dominant color is
  correct. For a Kurta Sets row the seller's color is the kurta's.
- The product's own color given to another garment (green pyjamas under a green kurta, a green inner kurta under a
  green jacket, blue churidar under a blue kurta) is a contradiction (one color for two garments), not
  other_garment_color. The color of a part of the same garment ("gold" for a maroon sherwani with gold zari) is a
  contradiction too.
- The closed sleeve answer "long" for a Nehru jacket (sleeveless; the kurta or shirt under it has the long sleeves)
  is a contradiction; "sleeveless" is correct.
- Pattern and collar: a closed answer that disagrees with a print the photo shows and the title names, or with a
  neckline the caption states, is a contradiction; a print, collar, embroidery, accessory, prop (a sword), pocket or
  button that nothing shows and no other text or catalog column contradicts is unsupported.
- Fabric: a plausible fabric for what the photo shows (cotton for a matte kurta, silk for a sheen) is correct when
  the catalog is silent; one the photo rules out (leather, denim, knitting, velvet on woven cotton) or one that
  contradicts a fabric named in the title is unsupported.
- "pure color" or "pure color patterns" as the answer to a color question says nothing about the hue: non_answer.
  An empty string (the QA model's null answer), a bare "yes", a one-word answer to an open describe/details
  question, and a span about the backdrop for a garment question are non_answer. An answer made only of the
  question's own words ("the sherwani is a sherwani", "the details of the kurta", "a sherwani") is restated. A
  short describe answer that adds a color ("a pink kurta") or an open answer phrased as "he is wearing ..." that
  names the right garment and color is correct. A fallback that lists different parts and stops mid-phrase is cut,
  not loop; a loop repeats the same words.
- "woman", "lady", "she" or "her" for a Men row is pronoun. A span that keeps "her" is labelled pronoun too.
- The "Is this a ...?" answers are judged against the photo and the seller's category: "yes" to "Is this a nehru
  jacket?" for a kurta set sold with the jacket is correct.
- The rows with no gender column (X929-036, X929-037) get no pronoun label.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, question, wearing

collar = question("collar", "What is the collar type of the garment?", "closed")


BLIND_929 = [
    # photo: navy blue cotton kurta, white churidar, brown mojaris, white backdrop, front view. Epoch-1 caption,
    # mdeberta spans, closed answers from the reference engine.
    case(
        "X929-001",
        caption("a man wearing a navy blue kurta and white pants standing in front of a white background"),
        wearing("a navy blue kurta and white pants"),
        color_of("kurta", "navy blue", kind="open"),
        Q.garment_type("kurta"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Fabindia Men Navy Blue Solid Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon self-design (tone-on-tone jacquard) kurta with self-fabric buttons and no pocket, white pyjamas,
    # white backdrop, front view. Epoch-1 caption, spans; describe fell back to base BLIP-2.
    case(
        "X929-002",
        caption("a man in a maroon kurta and white pyjamas. The kurta is with cotton fabric. It has a stand neckline."),
        wearing("a maroon kurta and white pyjamas"),
        Q.color("white", "other_garment_color"),
        details("kurta", "It has a stand neckline"),
        describe("kurta", "a maroon kurta with gold buttons and a pocket on the chest", "unsupported"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        title="See Designs Men Maroon Self Design Straight Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green solid Nehru jacket (welt chest pocket) over a white kurta and white pyjamas, light grey
    # backdrop. Epoch-1 caption, spans; details fell back to base BLIP-2 and looped.
    case(
        "X929-003",
        caption("a man wearing a white kurta and a green vest standing in front of a grey wall"),
        wearing("a white kurta and a green vest"),
        color_of("jacket", "white", "other_garment_color"),
        describe("jacket", "a green vest"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("long", "contradiction"),
        details(
            "jacket",
            "the jacket has a pocket on the chest and a pocket on the chest and a pocket on the chest and a pocket on "
            "the chest and a",
            "loop",
            hit_limit=True,
        ),
        title="KISAH Men Olive Green Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: cream sherwani with gold buttons, cream churidar, maroon stole over the left shoulder, white backdrop.
    # Epoch-1 caption (ran on into the template and was cut), spans, closed answers.
    case(
        "X929-004",
        caption(
            "a man wearing a cream sherwani with a red scarf. The sherwani is with cotton fabric and it has a stand "
            "neckline. The scarf is with cotton fabric and pure color patterns. The man is wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("a cream sherwani with a red scarf"),
        Q.color("cream"),
        color_of("sherwani", "red", "other_garment_color", kind="open"),
        details("sherwani", "a red scarf", "other_garment_color"),
        Q.garment_type("sherwani"),
        is_a("kurta", "yes", "contradiction"),
        title="Manyavar Men Cream Self Design Sherwani Set",
        category="Sherwani",
        color="Cream",
        gender="Men",
    ),
    # photo: mustard yellow solid kurta, white pyjamas, tan juttis, white backdrop. Epoch-3 caption (pure template),
    # spans from it, closed answers.
    case(
        "X929-005",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It "
            "has a stand neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.color("yellow"),
        Q.material("cotton fabric"),
        Q.sleeve_length("long"),
        title="Vastramay Men Mustard Yellow & White Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: indigo blue kurta with small white block-printed flower motifs, white churidar, brown kolhapuris,
    # white backdrop. Epoch-1 caption, spans; details fell back to base BLIP-2 (leaked the next prompt).
    case(
        "X929-006",
        caption("a man in a blue and white printed kurta and white pants"),
        wearing("a blue and white printed kurta and white pants"),
        color_of("kurta", "blue"),
        color_of("churidar", "blue", "contradiction"),
        Q.pattern("floral"),
        details("kurta", "the kurta has a print on it Question: what is the color of the kurta? Answer: blue", "leak"),
        title="Fabindia Men Blue Printed Straight Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: navy Nehru jacket with a small white geometric print over a sky blue kurta, white churidar, white
    # backdrop. Epoch-1 caption looped to the limit; spans from it; closed answers.
    case(
        "X929-007",
        caption(
            "a man wearing a blue jacket and a blue kurta. The jacket is with cotton fabric and it has a stand "
            "neckline. The kurta is with cotton fabric. The kurta is with cotton fabric. The kurta is with cotton "
            "fabric. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a blue jacket and a blue kurta"),
        color_of("jacket", "blue"),
        Q.pattern("solid", "contradiction"),
        describe("jacket", "cotton fabric. The kurta is with cotton fabric. The kurta is with cotton fabric", "loop"),
        Q.garment_type("jacket"),
        title="Manu Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: gold brocade sherwani, off-white churidar, red and gold safa, lifestyle shot in a palace courtyard with
    # sandstone arches. Epoch-1 caption, spans; describe fell back to base BLIP-2; material got the null answer.
    case(
        "X929-008",
        caption("a man in a gold sherwani and a red turban standing in front of a palace"),
        wearing("a gold sherwani and a red turban"),
        Q.color("gold"),
        details("sherwani", "a red turban", "other_garment_color"),
        describe("sherwani", "she is wearing a gold sherwani and a red turban", "pronoun"),
        is_a("sherwani", "yes"),
        Q.material("", "non_answer"),
        title="Mohanlal Sons Men Gold-Toned Woven Design Sherwani",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: white kurta with white chikankari on the placket and yoke, white pyjamas, light grey backdrop. Epoch-1
    # caption ("woman"), spans; material got the null answer; describe fell back to base BLIP-2.
    case(
        "X929-009",
        caption("a woman in a white kurta with embroidery on the front", "pronoun"),
        wearing("a white kurta with embroidery on the front"),
        Q.pattern("embroidered"),
        Q.color("white"),
        Q.material("", "non_answer"),
        describe("kurta", "she is wearing a white kurta", "pronoun"),
        collar("shirt collar", "unsupported"),
        title="Ethnix by Raymond Men White Chikankari Embroidered Straight Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: peach woven-design kurta (mandarin collar, button placket), off-white churidar, brown juttis, white
    # backdrop. Epoch-1 caption, spans; details fell back to base BLIP-2.
    case(
        "X929-010",
        caption("a man wearing a pink kurta and white pants"),
        wearing("a pink kurta and white pants"),
        Q.color("orange", "contradiction"),
        color_of("churidar", "white"),
        describe("kurta", "a pink kurta"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "the kurta has a v-neck and a zipper on the back", "unsupported"),
        title="Jompers Men Peach-Coloured Woven Design Kurta with Churidar",
        category="Kurta Sets",
        color="Peach",
        gender="Men",
    ),
    # photo: black pathani kurta with a shirt collar and a chest pocket, black salwar, black sandals, white backdrop.
    # Epoch-3 caption ("The lady"), spans, closed answers.
    case(
        "X929-011",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. The lady wears long pants. The pants are with cotton fabric and pure color patterns.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.color("black"),
        details("kurta", "pure color patterns"),
        describe("kurta", "The lady wears a long-sleeve shirt", "pronoun"),
        Q.sleeve_length("long"),
        is_a("kurta", "yes"),
        title="Svanik Men Black Solid Pathani Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: beige self-design Nehru jacket over a black kurta and black churidar, white backdrop. Epoch-1 caption
    # (a red pocket square that is not there), spans; details fell back to base BLIP-2 and leaked.
    case(
        "X929-012",
        caption("a man in a black kurta and a beige vest with a red pocket square", "unsupported"),
        wearing("a black kurta and a beige vest with a red pocket square", "unsupported"),
        color_of("jacket", "black", "other_garment_color"),
        describe("jacket", "a beige vest"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("sleeveless"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: beige vest Question: What are the jacket details? Answer:",
            "leak",
            hit_limit=True,
        ),
        title="Hangup Men Beige Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: teal solid kurta, white churidar, lifestyle shot against a yellow haveli wall. Epoch-1 caption, spans;
    # details and describe fell back to base BLIP-2.
    case(
        "X929-013",
        caption("a man wearing a green kurta and white pants standing in front of a yellow wall"),
        wearing("a green kurta and white pants"),
        Q.color("green"),
        color_of("kurta", "yellow", "contradiction", kind="open"),
        details("kurta", "yes", "non_answer"),
        describe("kurta", "the kurta", "restated"),
        is_a("sherwani", "no"),
        title="House of Pataudi Men Teal Solid Straight Kurta",
        category="Kurtas",
        color="Teal",
        gender="Men",
    ),
    # photo: maroon velvet sherwani with gold zari embroidery at collar, placket and cuffs, cream churidar, white
    # backdrop. Epoch-1 caption, spans; material's null span fell back to base BLIP-2.
    case(
        "X929-014",
        caption("a man in a red and gold sherwani with gold embroidery"),
        wearing("a red and gold sherwani with gold embroidery"),
        Q.color("gold", "contradiction"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        Q.material("cotton", "unsupported"),
        is_a("kurta", "no"),
        title="Sojanya Men Maroon Embroidered Velvet Sherwani with Churidar",
        category="Sherwani",
        color="Maroon",
        gender="Men",
    ),
    # photo: ikat-print kurta in red, navy and cream chevrons (red dominant), blue jeans, white backdrop. Epoch-1
    # caption, spans; material got the null answer; details fell back to base BLIP-2 and looped to the limit.
    case(
        "X929-015",
        caption("a man wearing a colorful kurta and blue jeans"),
        wearing("a colorful kurta and blue jeans"),
        Q.color("red"),
        color_of("jeans", "blue"),
        Q.pattern("printed"),
        Q.material("", "non_answer"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket on the front and a pocket on the side and a "
            "pocket on the side and a pocket on the side and",
            "loop",
            hit_limit=True,
        ),
        title="Anouk Men Multicoloured Ikat Printed Straight Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: off-white self-design kurta and churidar, red mojaris, white backdrop. Epoch-1 caption, spans; details
    # fell back to base BLIP-2.
    case(
        "X929-016",
        caption("a man in a white kurta and white pants with red shoes"),
        wearing("a white kurta and white pants with red shoes"),
        Q.color("red", "other_garment_color"),
        describe("kurta", "a white kurta"),
        details("kurta", "Question: What are the kurta details? Answer: white", "leak"),
        Q.garment_type("kurta"),
        title="Manyavar Men Off-White Self Design Kurta with Churidar",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: black matte poly-viscose Nehru jacket over a white shirt and grey trousers, white backdrop. Epoch-3
    # caption (leather fabric), spans; details fell back to base BLIP-2.
    case(
        "X929-017",
        caption(
            "The gentleman wears a sleeveless vest with pure color patterns. The vest is with leather fabric. It has "
            "a stand neckline. The gentleman wears long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        Q.material("leather fabric", "unsupported"),
        Q.color("black"),
        wearing("a sleeveless vest with pure color patterns"),
        Q.sleeve_length("sleeveless"),
        details("nehru jacket", "nehru jacket", "restated"),
        is_a("jacket", "yes"),
        title="Even Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: yellow kurta with white thread embroidery on the yoke, white churidar, no accessories, white backdrop.
    # Epoch-1 caption (invents sunglasses and a watch), spans, closed answers.
    case(
        "X929-018",
        caption(
            "a man wearing a yellow kurta with white embroidery and white pants. He is wearing a pair of sunglasses "
            "and a watch",
            "unsupported",
        ),
        wearing("a yellow kurta with white embroidery and white pants"),
        Q.color("yellow"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        details("kurta", "a pair of sunglasses and a watch", "unsupported"),
        Q.pattern("embroidered"),
        title="Sanwara Men Yellow Chikankari Embroidered Kurta",
        category="Kurtas",
        color="Yellow",
        gender="Men",
    ),
    # photo: plain navy blue sherwani with navy fabric buttons, no embroidery, white churidar, a hand on the hip,
    # white backdrop. Epoch-1 caption, spans; details fell back to base BLIP-2.
    case(
        "X929-019",
        caption("a man in a blue sherwani and white churidar pants standing with his hand on his hip"),
        wearing("a blue sherwani and white churidar pants"),
        Q.color("white", "other_garment_color"),
        describe("sherwani", "a blue sherwani"),
        details("sherwani", "the sherwani has gold buttons and gold embroidery on the collar and cuffs", "unsupported"),
        Q.garment_type("sherwani"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Navy Blue Solid Sherwani Set",
        category="Sherwani",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green and white pinstriped kurta, white pyjamas, white backdrop. Epoch-1 caption, spans; details fell
    # back to base BLIP-2 and repeated its prompt.
    case(
        "X929-020",
        caption("a man in a green and white striped kurta and white pants"),
        wearing("a green and white striped kurta and white pants"),
        Q.pattern("checked", "contradiction"),
        Q.color("green"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: the kurta is a green and white striped kurta",
            "leak",
        ),
        Q.sleeve_length("long"),
        Q.material("", "non_answer"),
        title="Fabindia Men Green Striped Straight Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: lavender solid kurta, white pyjamas, brown sandals, white backdrop. Epoch-1 caption ran to the limit
    # mid-sentence; spans, closed answers.
    case(
        "X929-021",
        caption(
            "a man in a purple kurta and white pants. The kurta is with cotton fabric. It has a stand neckline. The "
            "pants are with cotton fabric and pure color patterns. The man is wearing a pair of sandals. The man is "
            "wearing a pair of",
            "cut",
            hit_limit=True,
        ),
        Q.color("purple"),
        wearing("a purple kurta and white pants"),
        details("kurta", "It has a stand neckline"),
        Q.material("cotton fabric"),
        describe("kurta", "The man is wearing a pair of", "cut"),
        collar("V-neck", "contradiction"),
        title="Hangup Men Lavender Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Lavender",
        gender="Men",
    ),
    # photo: maroon brocade Nehru jacket with woven gold motifs over a cream kurta and cream churidar, white
    # backdrop. Epoch-1 caption ran to the limit mid-phrase; spans, closed answers.
    case(
        "X929-022",
        caption(
            "a man wearing a maroon vest and a white kurta. The vest is with silk fabric and it has a stand neckline. "
            "The kurta is with cotton fabric and pure color patterns. The man is wearing a pair of white",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon vest and a white kurta"),
        color_of("nehru jacket", "maroon"),
        describe("nehru jacket", "a white kurta", "other_garment_color"),
        Q.pattern("solid", "contradiction"),
        is_a("nehru jacket", "yes"),
        title="KISAH Men Maroon Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: rust solid kurta, beige chinos, white sneakers, white backdrop. Epoch-1 caption, spans; details fell
    # back to base BLIP-2 and looped.
    case(
        "X929-023",
        caption("a man wearing an orange kurta and beige pants"),
        wearing("an orange kurta and beige pants"),
        Q.color("beige", "other_garment_color"),
        describe("kurta", "an orange kurta"),
        Q.garment_type("shirt", "contradiction"),
        details(
            "kurta",
            "he is wearing a kurta and pants and a kurta and pants and a kurta and pants and a kurta and pants and",
            "loop",
            hit_limit=True,
        ),
        title="Dennis Lingo Men Rust Solid Straight Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: white sherwani with white and silver thread embroidery all over, white churidar, white backdrop.
    # Epoch-3 caption (pure color for an embroidered sherwani), spans; details fell back to base BLIP-2.
    case(
        "X929-024",
        caption(
            "The gentleman wears a long-sleeve coat with pure color patterns. The coat is with cotton fabric. It has "
            "a stand neckline. The gentleman wears long pants. The pants are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve coat"),
        describe("sherwani", "a long-sleeve coat with pure color patterns", "contradiction"),
        details(
            "sherwani",
            "Question: What are the sherwani details? Answer: the sherwani is white and the churidar is white",
            "leak",
        ),
        Q.pattern("embroidered"),
        Q.color("white"),
        is_a("sherwani", "no", "contradiction"),
        title="Mohanlal Sons Men White Embroidered Sherwani",
        category="Sherwani",
        color="White",
        gender="Men",
    ),
    # photo: pink solid kurta, blue jeans, white backdrop. Epoch-1 caption, spans; describe fell back to base BLIP-2
    # ("she"); material got the null answer.
    case(
        "X929-025",
        caption("a man in a pink kurta and blue jeans standing in front of a white wall"),
        wearing("a pink kurta and blue jeans"),
        Q.color("pink"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        describe("kurta", "she is wearing a pink kurta", "pronoun"),
        Q.pattern("solid"),
        Q.material("", "non_answer"),
        title="Svanik Men Pink Solid Kurta",
        category="Kurtas",
        color="Pink",
        gender="Men",
    ),
    # photo: sea green kurta with a white floral print, white pyjamas, white backdrop. Epoch-1 caption cut at the
    # limit; spans; describe fell back to base BLIP-2.
    case(
        "X929-026",
        caption(
            "a man wearing a green floral kurta and white pants. The kurta is with cotton fabric and it has a stand "
            "neckline. The pants are with cotton fabric and pure color patterns. The man is",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("floral"),
        wearing("a green floral kurta and white pants"),
        color_of("pyjamas", "green", "contradiction"),
        details("kurta", "it has a stand neckline"),
        describe("kurta", "the kurta is a kurta", "restated"),
        title="Vastramay Men Sea Green Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Sea Green",
        gender="Men",
    ),
    # photo: grey checked (tweed look) Nehru jacket over a white shirt, navy trousers, white backdrop. Epoch-1
    # caption, spans, closed answers.
    case(
        "X929-027",
        caption("a man wearing a grey plaid vest and a white shirt"),
        wearing("a grey plaid vest and a white shirt"),
        Q.pattern("checked"),
        color_of("jacket", "grey"),
        describe("jacket", "a grey plaid vest"),
        details("jacket", "a white shirt", "other_garment_color"),
        Q.sleeve_length("long", "contradiction"),
        title="Manu Men Grey Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Grey",
        gender="Men",
    ),
    # photo: navy kurta with a small white paisley print, white churidar, brown mojaris, grey backdrop. Epoch-1
    # caption (reads the paisleys as polka dots), spans; details fell back to base BLIP-2.
    case(
        "X929-028",
        caption("a man in a blue kurta with white polka dots and white pants", "unsupported"),
        wearing("a blue kurta with white polka dots and white pants", "unsupported"),
        Q.pattern("paisley"),
        Q.color("blue"),
        details("kurta", "the kurta has polka dots on it", "unsupported"),
        is_a("kurta", "yes"),
        title="Wintage Men Navy Blue Paisley Printed Straight Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: beige (champagne) self-design sherwani, cream churidar, maroon safa and maroon stole, white backdrop.
    # Epoch-1 caption, spans; details fell back to base BLIP-2 and looped.
    case(
        "X929-029",
        caption("a man in a beige sherwani with a maroon turban and maroon scarf"),
        wearing("a beige sherwani with a maroon turban and maroon scarf"),
        Q.color("maroon", "other_garment_color"),
        describe("sherwani", "a beige sherwani"),
        details(
            "sherwani",
            "the sherwani has a maroon turban and maroon scarf and maroon scarf and maroon scarf and maroon scarf "
            "and maroon scarf and",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("sherwani"),
        title="Sojanya Men Beige Self Design Sherwani",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: charcoal grey solid kurta, black churidar, white backdrop. Epoch-1 caption (calls the kurta black),
    # spans; details and material fell back to base BLIP-2.
    case(
        "X929-030",
        caption("a man wearing a black kurta and black pants", "contradiction"),
        wearing("a black kurta and black pants", "contradiction"),
        Q.color("grey"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        details("kurta", "the details of the kurta", "restated"),
        Q.material("denim", "unsupported"),
        title="Ethnix Men Charcoal Grey Solid Kurta",
        category="Kurtas",
        color="Charcoal",
        gender="Men",
    ),
    # photo: white kurta with a gold embroidered yoke, white churidar, gold juttis, white backdrop. Epoch-1 caption,
    # spans, closed answers.
    case(
        "X929-031",
        caption("a man in a white kurta with gold embroidery on the neck"),
        wearing("a white kurta with gold embroidery on the neck"),
        Q.color("white"),
        Q.pattern("embroidered"),
        describe("kurta", "gold embroidery on the neck"),
        Q.garment_type("kurta"),
        title="Jompers Men White & Gold Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: mustard Nehru jacket with a small self-colour paisley print over a white kurta, white churidar, white
    # backdrop. Epoch-1 caption, spans; details fell back to base BLIP-2 and leaked the prompt format.
    case(
        "X929-032",
        caption("a man wearing a yellow vest over a white kurta"),
        wearing("a yellow vest over a white kurta"),
        Q.color("yellow"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.pattern("solid", "contradiction"),
        details(
            "jacket",
            "the jacket is yellow Question: What are the jacket details? Answer: the jacket is yellow Question:",
            "leak",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Hangup Men Mustard Yellow Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: red solid kurta, white pyjamas, no watch or bracelet, white backdrop. Epoch-3 caption ("The lady",
    # "dress", an invented wrist accessory), spans, closed answers.
    case(
        "X929-033",
        caption(
            "The lady wears a long-sleeve dress with pure color patterns. The dress is with cotton fabric. It has a "
            "stand neckline. There is an accessory on her wrist.",
            "pronoun",
        ),
        wearing("a long-sleeve dress with pure color patterns", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.color("red"),
        details("kurta", "There is an accessory on her wrist", "pronoun"),
        Q.sleeve_length("long"),
        title="Melange Men Red Solid Straight Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: black sherwani with silver embroidery on the collar and placket, white churidar, white backdrop.
    # Epoch-1 caption cut at the limit; spans; material's null span fell back to base BLIP-2, which looped; details
    # fell back too.
    case(
        "X929-034",
        caption(
            "a man in a black sherwani with silver embroidery and white pants. The sherwani is with velvet fabric and "
            "it has a stand neckline. The pants are with cotton fabric and pure color patterns. There is a ring on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a black sherwani with silver embroidery and white pants"),
        Q.color("black"),
        describe("sherwani", "a black sherwani with silver embroidery"),
        Q.material(
            "velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet "
            "velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet velvet",
            "loop",
            hit_limit=True,
        ),
        details("sherwani", "she is wearing a black sherwani with silver embroidery", "pronoun"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Black Embroidered Art Silk Sherwani",
        category="Sherwani",
        color="Black",
        gender="Men",
    ),
    # photo: olive green solid kurta, white pyjamas, lifestyle shot against a red brick wall. Epoch-1 caption,
    # spans; describe fell back to base BLIP-2.
    case(
        "X929-035",
        caption("a man in a green kurta standing in front of a brick wall"),
        wearing("a green kurta"),
        Q.color("green"),
        details("kurta", "in front of a brick wall", "non_answer"),
        describe("kurta", "Question: Describe the kurta. Answer: green kurta", "leak"),
        Q.pattern("solid"),
        title="Fabindia Men Olive Green Solid Cotton Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: magenta silk kurta with a sheen, mandarin collar, cream churidar, white backdrop. Epoch-1 caption, spans;
    # describe fell back to base BLIP-2. The feed row has no gender column.
    case(
        "X929-036",
        caption("a man wearing a pink kurta and white pants. The kurta is with silk fabric. It has a stand neckline."),
        wearing("a pink kurta and white pants"),
        Q.color("purple", "contradiction"),
        Q.material("silk fabric"),
        details("kurta", "It has a stand neckline"),
        describe("kurta", "he is wearing a pink kurta"),
        collar("round neck", "contradiction"),
        title="Sanwara Men Magenta Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Magenta",
    ),
    # photo: cream self-design Nehru jacket over a light blue shirt and white trousers, white backdrop. Epoch-1
    # caption, spans; details fell back to base BLIP-2. The feed row has no gender column.
    case(
        "X929-037",
        caption("a man in a white vest and a blue shirt"),
        wearing("a white vest and a blue shirt"),
        Q.color("blue", "other_garment_color"),
        Q.garment_type("vest"),
        describe("jacket", "a white vest"),
        Q.sleeve_length("long", "contradiction"),
        details("jacket", "the vest has a pocket square in the pocket", "unsupported"),
        title="Even Men Cream Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
    ),
    # photo: purple kurta with a gold foil print, white pyjamas, white backdrop. Epoch-1 caption, spans; details fell
    # back to base BLIP-2 (one word), so did describe.
    case(
        "X929-038",
        caption(
            "a man wearing a purple kurta with gold print. The kurta is with cotton fabric. It has a stand neckline."
        ),
        Q.pattern("printed"),
        Q.color("purple"),
        wearing("a purple kurta with gold print"),
        details("kurta", "purple", "non_answer"),
        describe(
            "kurta",
            "the kurta is purple with a gold print on the front and the back and the sleeves and the collar and the "
            "hem of the",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton fabric"),
        title="Svanik Men Purple Foil Printed Straight Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: peach sherwani with tonal threadwork, cream churidar, pink stole, white backdrop. Epoch-1 caption
    # ("woman"), spans; describe fell back to base BLIP-2.
    case(
        "X929-039",
        caption("a woman in a peach sherwani with a pink scarf", "pronoun"),
        wearing("a peach sherwani with a pink scarf"),
        Q.color("peach"),
        Q.pattern("embroidered"),
        details("sherwani", "a pink scarf", "other_garment_color"),
        describe("sherwani", "a sherwani", "restated"),
        is_a("dress", "yes", "contradiction"),
        title="Sojanya Men Peach-Coloured Embroidered Sherwani Set",
        category="Sherwani",
        color="Peach",
        gender="Men",
    ),
    # photo: light blue denim kurta, no pockets, white churidar, white backdrop. Epoch-3 caption ("shirt"), spans;
    # details fell back to base BLIP-2 and ran to the limit.
    case(
        "X929-040",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with denim fabric. It has "
            "a stand neckline.",
            "contradiction",
        ),
        Q.material("denim fabric"),
        Q.color("blue"),
        wearing("a long-sleeve shirt with pure color patterns", "contradiction"),
        Q.garment_type("kurta"),
        is_a("shirt", "yes", "contradiction"),
        details(
            "kurta",
            "the kurta is made of denim and has a mandarin collar and a button placket and two pockets on the front "
            "and a curved",
            "cut",
            hit_limit=True,
        ),
        title="Melange Men Blue Solid Denim Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: three-piece set: black kurta, gold brocade Nehru jacket over it, white churidar, white backdrop.
    # Epoch-1 caption, spans; details fell back to base BLIP-2 and looped.
    case(
        "X929-041",
        caption("a man wearing a black kurta and a gold vest"),
        wearing("a black kurta and a gold vest"),
        Q.color("gold", "other_garment_color"),
        describe("kurta", "a black kurta"),
        color_of("churidar", "white"),
        is_a("nehru jacket", "yes"),
        details(
            "kurta",
            "the kurta is black and the jacket is gold and the churidar is white and the jacket is gold and the "
            "churidar is white and the",
            "loop",
            hit_limit=True,
        ),
        title="Manyavar Men Black & Gold Kurta with Churidar & Nehru Jacket",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: bottle green Nehru jacket with a small white floral print over a white kurta, white churidar, grey
    # backdrop. Epoch-1 caption looped to the limit; spans, closed answers.
    case(
        "X929-042",
        caption(
            "a man wearing a green and white floral vest and white pants. The vest is with cotton fabric and it has "
            "a stand neckline. The vest is with cotton fabric and it has a stand neckline. The vest",
            "loop",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("floral"),
        wearing("a green and white floral vest and white pants"),
        details("jacket", "it has a stand neckline"),
        describe("jacket", "white pants", "other_garment_color"),
        color_of("kurta", "green", "contradiction"),
        title="KISAH Men Green Floral Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Green",
        gender="Men",
    ),
    # photo: off-white linen kurta (slub texture), off-white pyjamas, white backdrop. Epoch-1 caption (cotton for a
    # linen kurta), spans; details fell back to base BLIP-2 and ran to the limit.
    case(
        "X929-043",
        caption("a man in a white kurta and white pants. The kurta is with cotton fabric.", "unsupported"),
        Q.material("cotton fabric", "unsupported"),
        Q.color("white"),
        wearing("a white kurta and white pants"),
        Q.pattern("solid"),
        details(
            "kurta",
            "The details of the kurta are as follows: the kurta is a long kurta with a mandarin collar and a button "
            "placket. The kurta is made of",
            "cut",
            hit_limit=True,
        ),
        title="Fabindia Men Off-White Solid Linen Straight Kurta",
        category="Kurtas",
        color="Off White",
        gender="Men",
    ),
    # photo: copper-toned brocade sherwani, cream churidar, hands empty (no sword or prop), white backdrop. Epoch-1
    # caption, spans; details fell back to base BLIP-2.
    case(
        "X929-044",
        caption("a man wearing a brown sherwani and white pants holding a sword", "unsupported"),
        wearing("a brown sherwani and white pants"),
        Q.color("brown"),
        color_of("sherwani", "white", "other_garment_color", kind="open"),
        describe("sherwani", "a brown sherwani"),
        is_a("sherwani", "yes"),
        details("sherwani", "the sherwani is a sherwani", "restated"),
        title="Mohanlal Sons Men Copper-Toned Woven Design Sherwani",
        category="Sherwani",
        color="Copper",
        gender="Men",
    ),
    # photo: grey and white striped kurta, black jeans, white backdrop. Epoch-1 caption, spans; describe fell back to
    # base BLIP-2 and leaked "Answer:"; material got the null answer.
    case(
        "X929-045",
        caption("a man in a grey striped kurta and black jeans"),
        wearing("a grey striped kurta and black jeans"),
        Q.color("black", "other_garment_color"),
        Q.pattern("striped"),
        describe("kurta", "Answer: a grey striped kurta", "leak"),
        Q.material("", "non_answer"),
        title="Dennis Lingo Men Grey Striped Kurta",
        category="Kurtas",
        color="Grey",
        gender="Men",
    ),
    # photo: cream kurta, maroon dhoti pants, white backdrop. Epoch-1 caption, spans; details fell back to base
    # BLIP-2.
    case(
        "X929-046",
        caption("a man wearing a white kurta and red dhoti pants"),
        wearing("a white kurta and red dhoti pants"),
        Q.color("cream"),
        color_of("dhoti pants", "maroon"),
        describe("kurta", "a white kurta"),
        Q.garment_type("kurta"),
        details("kurta", "the kurta is white and the dhoti is red"),
        title="Vastramay Men Cream & Maroon Kurta with Dhoti Pants",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
]
