"""BLIND_789 (46 products; old Myntra men's ethnic+casual, captions+span QA): written blind in the fifty-fifth session.
Measured blind at d919c62 (the session's ninth rules): 95/126 failures found (75.4%) and 13/186 correct texts flagged
(7.0%). The writer's notes, verbatim:

Scenario: an older Myntra feed of the shared photos' kind: short seller titles ("Fabindia Men Maroon Kurta"), men's
ethnic wear (kurtas, kurta sets, Nehru jackets, a sherwani, a churidar, a pathani suit) and casual wear (t-shirts,
shirts, jeans, shorts, track pants, sweatshirts, jackets). 224x224 catalog shots on a white backdrop, the model
wearing the product with other clothes (churidar or pyjama under a kurta, t-shirt over jeans, kurta under a jacket).
Some rows lack the color column, as that feed's older rows do.

Who wrote what: captions come from the epoch-1 caption adapter (Data2_V2_BLIP2_Finetune_Caption_First_Epoch) for 26
products, from the untuned Salesforce/blip2-opt-2.7b for 11, and from the epoch-3 caption adapter
(Data2_V2_Blip2_Finetune_Caption) for 9; the photo comment says which. The epoch-1 adapter writes the DeepFashion
template ("The man is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric...") but
still keeps hue words from the base model; the epoch-3 adapter writes the template with no hue at all. Neither learned
an end token, so captions run to the 50-token limit: they repeat a sentence, are cut mid-sentence, or drift into the VQA
format ("Question: ... Answer: ...") and invent accessories ("There is a hat on his head"). The untuned base writes
short captions ("a man in a red shirt and black shorts"), sometimes with the wrong pronoun. Every open answer (wearing,
describe, details, material, the open color_of questions) is a span that the extractive QA model
(mdeberta-v3-base-squad2) took from that product's caption: it can only repeat the caption's words, returns an empty
string when it finds nothing (common over the base model's short captions), and often takes the first hue in the
caption, which belongs to another garment. Closed answers (garment type, color, pattern, sleeve length, "Is this a
...?") come from enrich's reference engine, one candidate each: never looped or cut, but sometimes the color of the
churidar, the jeans or the stole, or the wrong garment type.

Labeling conventions and judgement calls:
- Each text carries one label; where a text has two faults, the label is the one that makes it unusable first
  (a caption that loops over an invented pocket is a loop; a span cut at the caption's end is a cut).
- hit_limit=True only on captions that ran to the 50-token limit. A span that ends where its truncated caption
  ends is labelled cut but not hit_limit: the QA model did not run out of tokens, its context did.
- A span from a looping caption that carries the repetition is a loop; a span that carries "Question:" or
  "Answer:" is a leak.
- Colors are judged against the photo. A hue in the same family as the photo's (white for cream or ivory, orange
  for rust, pink for peach, green for olive, blue for navy, yellow for mustard, red for maroon) is correct. Where the
  seller's color is off (the "Brown" kurta that is rust) an answer that gives the photo's color is correct.
- A striped shirt's ground color (white for a white shirt with blue stripes, sold as "Blue") is a correct color.
- A wrong hue that another visible garment has (the churidar, the chinos, the tee under a jacket, the stole) is
  other_garment_color, in open and closed answers alike; a wrong hue nobody wears, the backdrop's white, or a motif's
  color given as the garment's color is a contradiction. A span naming another garment with its color as the
  product's details ("black shorts" for the t-shirt's details) is other_garment_color.
- A pattern word given for a color question ("pure color patterns", "lattice", "graphic patterns", "solid color")
  says no color: non_answer. So are empty spans, a pose or backdrop span for a details question, and "The shorts
  are of short length" for the shorts' details (only the question's words back).
- A span that is only the question's frame ("The man is wearing", "The pants this man wears", "The kurta" for the
  kurta's color) is restated; a span that stops mid-phrase where its caption was cut ("The man wears a") is a cut.
- The wrong garment type for the product (shirt for a short or pathani kurta, kurta for a churidar or Nehru
  jacket, "yes" to "Is this a kurta?" for the Nehru jacket worn over a kurta) is a contradiction; "Is this a ...?"
  is judged against the seller's product, not the clothes under it. Vest for a Nehru jacket and sweater for a
  sweatshirt are the template's vocabulary and correct.
- Another text's or the title's material given to the product (denim for the tee over jeans, cotton for the linen
  kurta) is a contradiction. A fabric the photo cannot support (silk for a matte cotton kurta, the template's default
  cotton for a synthetic sports tee) is unsupported; a fabric the photo shows plausibly (denim jeans, a silk sheen,
  cotton on a plain tee or kurta) is correct.
- Invented accessories and details (a watch, a hat, glasses, a ring, a tie, a gold chain, a zipper, a chest pocket)
  are unsupported, and so is leather for a cotton-twill bomber.
- A wrong pattern or sleeve length for the product (the tee's stripes for the plain chinos, checked for a plain
  denim shirt, short or sleeveless for long sleeves) is a contradiction.
- "she"/"her"/"woman"/"lady" for these men's products is pronoun, in captions and spans alike.
- A true answer about the visible outfit that misses the product ("a short-sleeve T-shirt" for what a jeans model
  wears) is correct.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_789 = [
    # photo: maroon straight cotton kurta, no pockets, mandarin collar, half placket with wooden buttons, long
    # sleeves, white churidar, brown kolhapuri sandals, white backdrop, front view; caption epoch-1 adapter, spans
    # mdeberta, closed ref
    case(
        "X789-001",
        caption(
            "The gentleman is wearing a long-sleeve maroon kurta with solid color patterns. The kurta is with cotton "
            "fabric and it has a stand neckline and a pocket on the chest. The pants this gentleman wears is of long "
            "length. The pants are white.",
            "unsupported",
        ),
        wearing("a long-sleeve maroon kurta"),
        color_of("kurta", "maroon", kind="open"),
        details("kurta", "it has a stand neckline and a pocket on the chest", "unsupported"),
        Q.material("cotton"),
        Q.color("White", "other_garment_color"),
        Q.sleeve_length("long"),
        title="Fabindia Men Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: cream silk-blend kurta with small self-woven jacquard motifs all over, matching cream pyjama, tan
    # mojaris, white backdrop, full length; caption epoch-1 adapter (cut at the limit), spans mdeberta, closed ref
    case(
        "X789-002",
        caption(
            "The man is wearing a long-sleeve white kurta with graphic patterns. The kurta is with silk fabric. The "
            "pants this man wears is of long length. The pants are with cotton fabric and pure color",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve white kurta with graphic patterns"),
        details("kurta", "The kurta is with silk fabric"),
        Q.material("silk"),
        Q.garment_type("kurta"),
        Q.color("Cream"),
        details("pyjama", "The pants are with cotton fabric and pure color", "cut"),
        title="Manyavar Men Cream Kurta Pyjama",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: indigo-blue kurta with small white block-printed buttis, mandarin collar, long sleeves, white pyjama,
    # hands in side pockets, white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-003",
        caption("a man wearing a blue and white printed kurta"),
        wearing("a blue and white printed kurta"),
        color_of("kurta", "blue and white", kind="open"),
        details("kurta", "printed"),
        Q.material("", "non_answer"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        title="Mother Earth Men Printed Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: olive casual shirt, spread collar, one chest pocket, sleeves rolled to the elbow, worn untucked over black
    # jeans, white backdrop, front view; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-004",
        caption(
            "The man is wearing a long-sleeve green shirt with solid color patterns. The shirt is with cotton fabric "
            "and its neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and solid "
            "color patterns."
        ),
        wearing("a long-sleeve green shirt with solid color patterns"),
        color_of("shirt", "green", kind="open"),
        details("shirt", "its neckline is lapel"),
        Q.material("denim", "contradiction"),
        Q.color("Olive"),
        Q.garment_type("shirt"),
        title="Highlander Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with light whiskering, worn with a white crew-neck t-shirt left out, white sneakers,
    # white backdrop, front view; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-005",
        caption(
            "The man wears a short-sleeve white T-shirt with pure color patterns. The lower clothing is of long "
            "length. The fabric is denim and it has solid color patterns."
        ),
        wearing("a short-sleeve white T-shirt"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        details("jeans", "The fabric is denim and it has solid color patterns"),
        Q.material("denim"),
        Q.color("Blue"),
        is_a("pair of jeans", "yes"),
        title="Wrangler Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: rust-orange cotton kurta (sold as Brown), no jewellery, band collar, long sleeves, side pockets, off-white
    # pyjama, white backdrop, front view; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-006",
        caption("a man in an orange kurta with a gold chain standing in front of a white wall", "unsupported"),
        wearing("an orange kurta"),
        color_of("kurta", "orange", kind="open"),
        details("kurta", "a gold chain", "unsupported"),
        Q.color("Rust"),
        Q.garment_type("kurta"),
        Q.sleeve_length("long"),
        title="Fabindia Men Rust Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: black track pants with two white side stripes, elastic waist, worn with a grey melange t-shirt, black
    # running shoes, no watch, white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-007",
        caption(
            "The man wears a short-sleeve grey T-shirt with pure color patterns. The pants this man wears is of long "
            "length. The pants are with polyester fabric and striped patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve grey T-shirt with pure color patterns"),
        color_of("track pants", "grey", "other_garment_color", kind="open"),
        details("track pants", "polyester fabric and striped patterns"),
        Q.color("Black"),
        Q.pattern("striped"),
        title="Puma Men Black Track Pants",
        category="Track Pants",
        color="Black",
        gender="Men",
    ),
    # photo: navy silk-blend Nehru jacket with a small self paisley jacquard, worn over a white kurta and white
    # churidar, white pocket square, white backdrop; caption epoch-1 adapter (cut at the limit), spans mdeberta, ref
    case(
        "X789-008",
        caption(
            "The gentleman wears a sleeveless vest with graphic patterns. The vest is with silk fabric and it has a "
            "stand neckline. The gentleman wears a long-sleeve white kurta with pure color patterns. The pants this "
            "gentleman wears is of long",
            "cut",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with graphic patterns"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.garment_type("nehru jacket"),
        Q.color("Navy Blue"),
        is_a("kurta", "yes", "contradiction"),
        Q.material("silk"),
        describe("jacket", "The pants this gentleman wears is of long", "cut"),
        title="Manyavar Men Navy Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red and navy checked cotton shirt, button-down collar, long sleeves, buttoned, worn with blue jeans,
    # white backdrop; caption epoch-3 adapter, spans mdeberta, closed ref; the row has no color column
    case(
        "X789-009",
        caption(
            "The man is wearing a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns."
        ),
        wearing("The man is wearing", "restated"),
        color_of("shirt", "lattice", "non_answer", kind="open"),
        details("shirt", "its neckline is lapel"),
        Q.color("Red"),
        Q.pattern("checked"),
        Q.material("cotton"),
        title="Locomotive Men Check Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: grey melange crew-neck sweatshirt with a navy "ROADSTER 1998" chest print, ribbed cuffs and hem, blue
    # jeans, white backdrop; caption epoch-3 adapter (looped to the limit), spans mdeberta, closed ref
    case(
        "X789-010",
        caption(
            "The man wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. The "
            "sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric. The "
            "sweater is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        details(
            "sweatshirt",
            "The sweater is with cotton fabric. The sweater is with cotton fabric. The sweater is with cotton fabric",
            "loop",
        ),
        Q.material("cotton"),
        Q.color("Grey"),
        Q.pattern("printed"),
        Q.sleeve_length("short", "contradiction"),
        color_of("sweatshirt", "", "non_answer", kind="open"),
        title="Roadster Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: white cotton chikankari kurta with tonal white embroidery on the yoke, white churidar, brown sandals,
    # white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-011",
        caption("a man wearing a white kurta and white pants"),
        wearing("a white kurta and white pants"),
        color_of("kurta", "white", kind="open"),
        describe("kurta", "a white kurta"),
        Q.pattern("embroidered"),
        Q.sleeve_length("long"),
        title="Fabindia Men White Kurta Churidar",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy pique polo t-shirt with white tipping on collar and cuffs, small white chest logo, beige chinos,
    # white backdrop; caption epoch-3 adapter, spans mdeberta, closed ref
    case(
        "X789-012",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a lapel neckline. She wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        details("polo t-shirt", "it has a lapel neckline"),
        Q.color("Beige", "other_garment_color"),
        describe("t-shirt", "She wears a long trousers", "pronoun"),
        Q.sleeve_length("short"),
        Q.material("cotton"),
        title="Jack & Jones Men Navy Polo Tshirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain gold-beige brocade sherwani with stand collar, cream churidar, maroon stole over the left shoulder,
    # maroon mojaris, bare head, white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-013",
        caption(
            "The man is wearing a long-sleeve yellow coat with graphic patterns. The coat is with silk fabric and it "
            "has a stand neckline. There is a hat on his head. The pants this man wears is of long length.",
            "unsupported",
        ),
        wearing("a long-sleeve yellow coat with graphic patterns"),
        Q.garment_type("kurta", "contradiction"),
        Q.color("Maroon", "other_garment_color"),
        details("sherwani", "There is a hat on his head", "unsupported"),
        Q.material("silk"),
        title="Manyavar Men Gold Sherwani",
        category="Sherwani",
        color="Gold",
        gender="Men",
    ),
    # photo: black slim jeans, five pockets, worn with a sky-blue shirt left out, black boots, white backdrop;
    # caption epoch-3 adapter (cut at the limit), spans mdeberta, closed ref
    case(
        "X789-014",
        caption(
            "The man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The pants this man wears is of long length. The pants are with denim fabric and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        details("jeans", "The pants are with denim fabric and solid", "cut"),
        Q.color("Blue", "other_garment_color"),
        Q.garment_type("jeans"),
        Q.material("denim"),
        title="Levis Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: mustard-yellow crew-neck t-shirt with a large black "CHAI PEE LO" typography print, short sleeves, blue
    # jeans, white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-015",
        caption("a man wearing a yellow t - shirt with the words chai pee lo"),
        wearing("a yellow t - shirt"),
        color_of("t-shirt", "yellow", kind="open"),
        details("t-shirt", "the words chai pee lo"),
        Q.color("Black", "contradiction"),
        Q.pattern("printed"),
        Q.sleeve_length("short"),
        title="Tantra Men Printed Yellow Tshirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: bottle-green silk kurta with gold-toned buttons, off-white pyjama, tan mojaris, white backdrop; caption
    # epoch-1 adapter (ran on into the VQA format to the limit), spans mdeberta, closed ref
    case(
        "X789-016",
        caption(
            "The man is wearing a long-sleeve green kurta with pure color patterns. The kurta is with silk fabric. "
            "Question: what is the man wearing? Answer: a green kurta and white pants. Question: what is the",
            "leak",
            hit_limit=True,
        ),
        wearing("Answer: a green kurta and white pants", "leak"),
        color_of("kurta", "green", kind="open"),
        Q.material("silk"),
        Q.color("Green"),
        Q.pattern("solid"),
        details("kurta", "The kurta is with silk fabric"),
        title="Svanik Men Green Kurta Pyjama",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: white oxford shirt, no rings, button-down collar, small navy logo embroidered on the chest, long sleeves,
    # navy chinos, white backdrop; caption epoch-3 adapter, spans mdeberta, closed ref
    case(
        "X789-017",
        caption(
            "The man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are with cotton fabric. There is a ring on "
            "his finger.",
            "unsupported",
        ),
        wearing("The man is wearing", "restated"),
        Q.color("Navy Blue", "other_garment_color"),
        details("shirt", "There is a ring on his finger", "unsupported"),
        describe("shirt", "a long-sleeve shirt with pure color patterns"),
        Q.material("cotton"),
        title="U.S. Polo Assn. Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: indigo short kurta with a white dabu floral print, stand collar, long sleeves, beige chinos, white
    # backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-018",
        caption(
            "The man wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric and it has a "
            "stand neckline. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve shirt with floral patterns", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("Blue"),
        Q.pattern("printed"),
        Q.material("cotton"),
        title="Fabindia Men Blue Short Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: red crew-neck sports t-shirt with a white Puma cat logo on the chest, black track shorts, model turned
    # slightly to his left, white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-019",
        caption("a man in a red shirt and black shorts"),
        wearing("a red shirt and black shorts"),
        color_of("t-shirt", "red", kind="open"),
        details("t-shirt", "black shorts", "other_garment_color"),
        Q.sleeve_length("short"),
        is_a("t-shirt", "yes"),
        title="Puma Men Red Tshirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige linen kurta with a slub texture, mandarin collar, wooden buttons, long sleeves, white pyjama, white
    # backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-020",
        caption(
            "The man is wearing a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and it "
            "has a stand neckline. The pants this man wears is of long length. The pants are with cotton fabric and "
            "pure color patterns.",
            "contradiction",
        ),
        Q.material("cotton", "contradiction"),
        wearing("a long-sleeve kurta with pure color patterns"),
        Q.color("Beige"),
        details("kurta", "it has a stand neckline"),
        Q.sleeve_length("long"),
        title="Fabindia Men Beige Linen Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: khaki chino shorts, knee length, turned-up hems, navy crew-neck t-shirt, white sneakers, lower-body crop
    # with the tee's hem in view, white backdrop; caption epoch-3 adapter (looped to the limit), spans mdeberta, ref
    case(
        "X789-021",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The shorts this man wears is of short "
            "length. The shorts are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt "
            "with pure color patterns. The shorts this man wears is of short",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        details("shorts", "The shorts this man wears is of short length", "non_answer"),
        Q.color("Navy Blue", "other_garment_color"),
        Q.material("cotton"),
        describe(
            "shorts",
            "The shorts are with cotton fabric and pure color patterns. The man wears a short-sleeve T-shirt with "
            "pure color patterns. The shorts this man wears is of short",
            "loop",
        ),
        Q.garment_type("shorts"),
        title="Spykar Men Khaki Shorts",
        category="Shorts",
        color="Khaki",
        gender="Men",
    ),
    # photo: peach silk-blend kurta with tonal thread embroidery along the placket, cream churidar, hands on hips,
    # three-quarter view, white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-022",
        caption("a man in a pink kurta and white pants standing with his hands on his hips"),
        wearing("a pink kurta and white pants"),
        color_of("kurta", "pink", kind="open"),
        Q.color("Peach"),
        details("kurta", "his hands on his hips", "non_answer"),
        Q.pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        title="Manyavar Men Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: olive cotton-twill bomber jacket, zip front, ribbed collar, cuffs and hem, worn open over a white t-shirt,
    # black jeans, white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-023",
        caption(
            "The man wears a long-sleeve jacket with pure color patterns. The jacket is with leather fabric and it has "
            "a stand neckline. The man wears a short-sleeve white T-shirt. The pants are black and of long length.",
            "unsupported",
        ),
        wearing("a long-sleeve jacket with pure color patterns"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.color("Olive"),
        Q.material("leather", "unsupported"),
        details("jacket", "it has a stand neckline"),
        Q.sleeve_length("long"),
        title="Duke Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: mustard kurta with a small white paisley print, round neck with a front slit, long sleeves, white
    # churidar, white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-024",
        caption(
            "The woman wears a long-sleeve yellow kurta with floral patterns. Her kurta is with cotton fabric and it "
            "has a round neckline. The pants she wears is of long length. The pants are white.",
            "pronoun",
        ),
        wearing("a long-sleeve yellow kurta with floral patterns"),
        describe("kurta", "Her kurta is with cotton fabric", "pronoun"),
        color_of("kurta", "yellow", kind="open"),
        Q.color("White", "other_garment_color"),
        Q.pattern("printed"),
        title="Fabindia Men Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: white formal shirt with thin blue vertical stripes, cutaway collar, tucked into grey trousers, brown
    # leather belt, white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-025",
        caption(
            "The man is wearing a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The man wears a long trousers. The trousers are grey. There is a belt around his waist."
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        Q.color("White"),
        Q.pattern("striped"),
        details("shirt", "its neckline is lapel"),
        title="Arrow Men Stripes Blue Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: off-white cotton churidar gathered at the ankles, worn under a plain teal-blue mid-thigh kurta, white
    # backdrop, full length; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-026",
        caption(
            "The man is wearing a long-sleeve blue kurta with pure color patterns. The kurta is with cotton fabric. "
            "The pants this man wears is of long length. The pants are with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve blue kurta"),
        color_of("churidar", "blue", "other_garment_color", kind="open"),
        Q.color("Blue", "other_garment_color"),
        Q.garment_type("kurta", "contradiction"),
        Q.material("cotton"),
        describe("churidar", "The pants this man wears", "restated"),
        title="Fabindia Men Off White Churidar",
        category="Churidar",
        color="Off White",
        gender="Men",
    ),
    # photo: black crew-neck t-shirt with a white-and-red skull graphic on the front, short sleeves, blue ripped
    # jeans, white backdrop; caption epoch-3 adapter (cut at the limit), spans mdeberta, closed ref
    case(
        "X789-027",
        caption(
            "The man wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric and it has "
            "a round neckline. The man wears a long trousers. The trousers are with denim fabric and solid color "
            "patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        color_of("t-shirt", "graphic patterns", "non_answer", kind="open"),
        details("t-shirt", "it has a round neckline"),
        Q.color("Black"),
        Q.pattern("printed"),
        Q.material("denim", "contradiction"),
        describe("t-shirt", "The man wears a", "cut"),
        title="Roadster Men Printed Black Tshirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: ivory kurta with a maroon printed Nehru jacket over it, ivory churidar, white backdrop, front view;
    # caption epoch-1 adapter, spans mdeberta, closed ref; the row has no color column
    case(
        "X789-028",
        caption(
            "The gentleman wears a sleeveless red vest with graphic patterns over a long-sleeve white kurta. The vest "
            "is with silk fabric. The pants are white and of long length."
        ),
        wearing("a sleeveless red vest with graphic patterns over a long-sleeve white kurta"),
        color_of("kurta", "red", "other_garment_color", kind="open"),
        color_of("jacket", "red", kind="open"),
        Q.garment_type("kurta"),
        details("jacket", "The vest is with silk fabric"),
        title="Manyavar Men Kurta Jacket Set",
        category="Kurta Sets",
        gender="Men",
    ),
    # photo: light-blue denim shirt, two flap chest pockets, snap buttons, no zip, sleeves rolled, beige chinos,
    # white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-029",
        caption(
            "The man is wearing a long-sleeve denim shirt with solid color patterns. The shirt has two pockets on the "
            "chest and a zipper. The man wears a long trousers. The trousers are with cotton fabric and pure color "
            "patterns.",
            "unsupported",
        ),
        details("shirt", "two pockets on the chest and a zipper", "unsupported"),
        Q.material("denim"),
        Q.color("Blue"),
        Q.pattern("checked", "contradiction"),
        wearing("a long-sleeve denim shirt"),
        describe("shirt", "a long-sleeve denim shirt with solid color patterns"),
        title="Wrangler Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: navy track pants with white side piping and a drawstring, worn with a white crew-neck t-shirt, white
    # backdrop, three-quarter length crop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-030",
        caption("a man in a white shirt and blue pants"),
        wearing("a white shirt and blue pants"),
        color_of("track pants", "white", "other_garment_color", kind="open"),
        details("track pants", "", "non_answer"),
        Q.color("Navy Blue"),
        Q.garment_type("track pants"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Proline Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black cotton kurta with white thread embroidery around the neck, long sleeves, white pyjama, white
    # backdrop; caption epoch-1 adapter (ran on into the VQA format to the limit), spans mdeberta, closed ref
    case(
        "X789-031",
        caption(
            "The man is wearing a long-sleeve black kurta with graphic patterns. The kurta is with cotton fabric. "
            "Question: what is the color of the kurta? Answer: black. Question: what is the color of the",
            "leak",
            hit_limit=True,
        ),
        color_of("kurta", "black. Question: what is the color of the", "leak", kind="open"),
        wearing("a long-sleeve black kurta with graphic patterns"),
        Q.material("cotton"),
        Q.color("Black"),
        Q.pattern("embroidered"),
        details("kurta", "Question: what is the color of the kurta?", "leak"),
        title="Fabindia Men Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: grey washed slim jeans, black crew-neck t-shirt, white sneakers, white backdrop; caption epoch-1 adapter,
    # spans mdeberta, closed ref
    case(
        "X789-032",
        caption(
            "The man wears a short-sleeve black T-shirt with pure color patterns. His pants are of long length. The "
            "pants are with denim fabric and pure color patterns. She wears a pair of sneakers.",
            "pronoun",
        ),
        wearing("a short-sleeve black T-shirt"),
        color_of("jeans", "black", "other_garment_color", kind="open"),
        Q.color("Grey"),
        Q.material("denim"),
        details("jeans", "She wears a pair of sneakers", "pronoun"),
        Q.garment_type("jeans"),
        title="Flying Machine Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: pale pink formal shirt, no tie, spread collar, long sleeves, tucked into charcoal trousers, white backdrop;
    # caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-033",
        caption("a man in a pink shirt and grey pants wearing a tie", "unsupported"),
        wearing("a pink shirt and grey pants"),
        color_of("shirt", "pink", kind="open"),
        describe("shirt", "a pink shirt"),
        Q.color("Pink"),
        Q.sleeve_length("short", "contradiction"),
        details("shirt", "wearing a tie", "unsupported"),
        title="Peter England Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: royal-blue matte cotton kurta with a gold foil print on the yoke, stand collar, long sleeves, cream
    # churidar, white backdrop; caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-034",
        caption(
            "The man is wearing a long-sleeve purple kurta with graphic patterns. The kurta is with silk fabric and "
            "it has a stand neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure color patterns.",
            "contradiction",
        ),
        wearing("a long-sleeve purple kurta with graphic patterns", "contradiction"),
        color_of("kurta", "purple", "contradiction", kind="open"),
        Q.color("Blue"),
        Q.material("silk", "unsupported"),
        details("kurta", "it has a stand neckline"),
        title="Anouk Men Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: white polyester sports t-shirt with a black swoosh on the chest, crew neck, black shorts, white backdrop;
    # caption epoch-3 adapter, spans mdeberta, closed ref
    case(
        "X789-035",
        caption(
            "The man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and it "
            "has a round neckline. The man wears a shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("The man wears", "restated"),
        Q.material("cotton", "unsupported"),
        Q.color("Black", "other_garment_color"),
        Q.sleeve_length("short"),
        details("t-shirt", "it has a round neckline"),
        title="Nike Men White Sports Tshirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: olive-green handloom kurta with thin white vertical stripes, no chest pocket, stand collar, long sleeves,
    # white pyjama, white backdrop; caption epoch-1 adapter (looped to the limit), spans mdeberta, closed ref; the row
    # has no color column
    case(
        "X789-036",
        caption(
            "The man is wearing a long-sleeve green kurta with striped patterns. The kurta is with cotton fabric and "
            "it has a stand neckline. The kurta has a pocket on the chest and a pocket on the chest and a pocket on "
            "the chest and a pocket",
            "loop",
            hit_limit=True,
        ),
        details("kurta", "a pocket on the chest and a pocket on the chest and a pocket on the chest", "loop"),
        wearing("a long-sleeve green kurta with striped patterns"),
        Q.pattern("striped"),
        Q.color("Olive"),
        color_of("kurta", "The kurta", "restated", kind="open"),
        Q.material("cotton"),
        title="Fabindia Men Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: khaki slim chinos, navy-and-white striped crew-neck t-shirt, brown loafers, bare wrists, white backdrop;
    # caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-037",
        caption(
            "The man wears a short-sleeve T-shirt with striped patterns. The pants this man wears is of long length. "
            "The pants are with cotton fabric and pure color patterns. There is a watch on his wrist.",
            "unsupported",
        ),
        wearing("a short-sleeve T-shirt with striped patterns"),
        Q.pattern("striped", "contradiction"),
        Q.color("Khaki"),
        details("trousers", "There is a watch on his wrist", "unsupported"),
        Q.material("cotton"),
        is_a("pair of trousers", "yes"),
        title="Basics Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: grey pathani kurta with a shirt collar and two chest patch pockets, matching grey salwar, black juttis,
    # white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-038",
        caption("a man in a grey shirt and grey pants", "contradiction"),
        wearing("a grey shirt and grey pants", "contradiction"),
        color_of("kurta", "grey", kind="open"),
        Q.garment_type("kurta"),
        Q.color("Grey"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("", "non_answer"),
        title="Manyavar Men Grey Pathani Suit",
        category="Kurta Sets",
        color="Grey",
        gender="Men",
    ),
    # photo: black hooded sweatshirt with a white Puma logo on the chest, kangaroo pocket, drawstrings, grey joggers,
    # white backdrop; caption epoch-1 adapter (cut at the limit), spans mdeberta, closed ref
    case(
        "X789-039",
        caption(
            "The man wears a long-sleeve black sweater with graphic patterns. The sweater is with cotton fabric and "
            "it has a hooded neckline. The pants this man wears is of long length. The pants are grey and with "
            "cotton fabric and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve black sweater with graphic patterns"),
        details("sweatshirt", "it has a hooded neckline"),
        color_of("sweatshirt", "black", kind="open"),
        Q.color("Grey", "other_garment_color"),
        Q.garment_type("jacket", "contradiction"),
        Q.material("cotton"),
        describe("hoodie", "The pants are grey and with cotton fabric and pure", "cut"),
        title="Puma Men Black Hooded Sweatshirt",
        category="Sweatshirts",
        color="Black",
        gender="Men",
    ),
    # photo: red kurta with a black-and-white ikat print, band collar, long sleeves, hands in side pockets, white
    # pyjama, white backdrop; caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-040",
        caption("a woman in a red and white kurta with her hands in her pockets", "pronoun"),
        wearing("a red and white kurta"),
        color_of("kurta", "red and white", kind="open"),
        details("kurta", "her hands in her pockets", "pronoun"),
        Q.pattern("printed"),
        Q.color("Red"),
        title="Fabindia Men Red Printed Kurta",
        category="Kurtas",
        color="Red",
        gender="Men",
    ),
    # photo: plain royal-blue v-neck t-shirt, short sleeves, white chinos, bare head, no glasses, white backdrop;
    # caption epoch-1 adapter, spans mdeberta, closed ref
    case(
        "X789-041",
        caption(
            "The man wears a short-sleeve blue T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "it has a v-shape neckline. The man wears a long trousers. There is a hat on his head. He wears glasses.",
            "unsupported",
        ),
        wearing("a short-sleeve blue T-shirt"),
        details("t-shirt", "it has a v-shape neckline"),
        describe("t-shirt", "There is a hat on his head", "unsupported"),
        Q.color("White", "other_garment_color"),
        Q.garment_type("t-shirt"),
        Q.material("cotton"),
        title="Being Human Men Blue Tshirt",
        category="Tshirts",
        color="Blue",
        gender="Men",
    ),
    # photo: beige kurta with brown thread embroidery on the placket and collar, long sleeves, dark brown churidar,
    # white backdrop; caption epoch-1 adapter (looped to the limit), spans mdeberta, closed ref
    case(
        "X789-042",
        caption(
            "The man is wearing a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The pants "
            "are brown and of long length. The man is wearing a long-sleeve kurta with graphic patterns. The kurta is "
            "with cotton fabric. The pants are brown",
            "loop",
            hit_limit=True,
        ),
        wearing("The man is wearing", "restated"),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        Q.color("Beige"),
        Q.pattern("embroidered"),
        Q.material("cotton"),
        describe(
            "kurta",
            "a long-sleeve kurta with graphic patterns. The kurta is with cotton fabric. The pants are brown and of "
            "long length. The man is wearing a long-sleeve kurta with graphic patterns",
            "loop",
        ),
        title="Manyavar Men Beige Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: mid-blue denim trucker jacket, button front, chest flap pockets, worn open over a grey t-shirt, black
    # jeans, white backdrop; caption epoch-3 adapter (cut at the limit), spans mdeberta, closed ref
    case(
        "X789-043",
        caption(
            "The man wears a long-sleeve denim jacket with solid color patterns. The jacket is with denim fabric and "
            "it has a lapel neckline. The man wears a short-sleeve T-shirt with pure color patterns. The man wears a "
            "long",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve denim jacket"),
        Q.material("denim"),
        color_of("jacket", "solid color", "non_answer", kind="open"),
        Q.color("Grey", "other_garment_color"),
        details("jacket", "it has a lapel neckline"),
        Q.garment_type("jacket"),
        title="Levis Men Blue Jacket",
        category="Jackets",
        color="Blue",
        gender="Men",
    ),
    # photo: purple silk kurta with small gold woven buttis, long sleeves, off-white churidar, white backdrop;
    # caption untuned base BLIP-2, spans mdeberta, closed ref
    case(
        "X789-044",
        caption("a man wearing a purple kurta with gold dots"),
        wearing("a purple kurta with gold dots"),
        color_of("kurta", "purple", kind="open"),
        details("kurta", "gold dots"),
        Q.color("Gold", "contradiction"),
        Q.material("", "non_answer"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Fabindia Men Purple Kurta",
        category="Kurtas",
        color="Purple",
        gender="Men",
    ),
    # photo: olive cargo shorts with side flap pockets, black crew-neck t-shirt, white backdrop, lower-body crop;
    # caption epoch-1 adapter (ran on into the VQA format to the limit), spans mdeberta, closed ref
    case(
        "X789-045",
        caption(
            "The man wears a short-sleeve black T-shirt. The shorts are with cotton fabric and pure color patterns. "
            "Question: What are the shorts details? Answer: The shorts are of short length. Question:",
            "leak",
            hit_limit=True,
        ),
        details("shorts", "The shorts are of short length", "non_answer"),
        wearing("a short-sleeve black T-shirt"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        Q.color("Olive"),
        describe("shorts", "Question: What are the shorts details?", "leak"),
        Q.garment_type("shorts"),
        title="Roadster Men Olive Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: cream raw-silk Nehru jacket worn over a navy kurta and white churidar, white backdrop, front view;
    # caption epoch-1 adapter (looped to the limit), spans mdeberta, closed ref
    case(
        "X789-046",
        caption(
            "The man wears a sleeveless vest with pure color patterns over a long-sleeve blue kurta. The vest is with "
            "silk fabric and it has a stand neckline. The pants are white and of long length. The pants are white and "
            "of long length. The pants are white and of long",
            "loop",
            hit_limit=True,
        ),
        wearing("a sleeveless vest with pure color patterns over a long-sleeve blue kurta"),
        color_of("nehru jacket", "blue", "other_garment_color", kind="open"),
        Q.color("Cream"),
        Q.material("silk"),
        Q.garment_type("kurta", "contradiction"),
        is_a("nehru jacket", "no", "contradiction"),
        title="Fabindia Men Cream Nehru Jacket",
        category="Nehru Jackets",
        color="Cream",
        gender="Men",
    ),
]
