"""BLIND_626 (46 products; old Myntra feed, base captions + extractive QA): written blind in the fifty-third session.
Measured blind at 39c4af8 (the session's fourth rules): 106/137 failures found (77.4%) and 10/201 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind: short seller titles ("Roadster Men Navy Check Shirt"),
article types Shirts, Jeans, Kurtas (men) and Tops, Kurtis (women), Myntra base colours (Navy Blue, Maroon, Mustard,
Rust, Cream, Multi...). Product shots on a white or light studio backdrop, the model wearing the product with other
clothes (jeans or chinos under shirts, a tee or a shirt above jeans, churidar or palazzos under kurtas and kurtis,
a stole, a dupatta-like scarf, a bag). Two rows lack the colour column and two the gender column, as old feeds do.

Who wrote what: the caption is the untuned base model (Salesforce/blip2-opt-2.7b) zero-shot, empty prompt, greedy,
50 new tokens; this older run stopped on eos only, not on the newline, so some captions run on (a second clause
that repeats, a clause cut at the limit, or a "Question: ... Answer:" tail). Open answers (wearing, describe,
details, material) come from the extractive QA model (mdeberta squad2) over that caption: they are exact spans of
the caption, and a span can stop mid-phrase or be a single word. When the QA model returns no span, the job falls
back to the base model's own answer to the `Question: ... Answer:` prompt (30 new tokens): those are the free
answers that loop, leak the format, restate the question, invent details, or get he/she wrong. Each photo comment
says which texts are spans ("QA") and which are fallbacks ("base"). Closed answers (garment_type, color, pattern,
sleeve_length, is_a, color_of the product) come from enrich's reference engine: one candidate value, never a loop or
a cut, but often the colour of the other garment in the photo or a wrong class.

Labeling conventions and judgement calls:
- One label per text, the most specific one; a span copied from a failed caption carries its own label again.
- A colour that belongs to another garment, accessory or bag in the photo, given to the product: other_garment_color.
  A colour that nothing in the photo has, or a wrong class, sleeve length or pattern: contradiction.
- The other garment given the product's colour ("the palazzo is yellow" for white palazzos): contradiction.
- Kurta or kurti called a bare "shirt" or "dress": contradiction (seller's category). "Long shirt", "tunic",
  "top" for a kurti, "blouse" for a top, "shirt" for a women's top, "anarkali dress" and "kurta" for a kurti: correct.
- Red for Maroon, white for Cream, purple for Lavender, yellow for Mustard, orange for Rust: correct (same group).
  Brown for a Rust kurta that looks rust-orange: contradiction. For Multi, a hue dominant in the print is correct.
- A material that is neither visible (denim, satin sheen, linen slub) nor in the title: unsupported. A material the
  title contradicts (cotton for a silk title): contradiction. Invented pockets, embroidery, windows, rips: unsupported.
- A one-word answer to an open question, an empty answer, "they are jeans", or the question echoed: non_answer.
  A sentence that restates the question's words and adds nothing ("the details of the top are the print"): restated.
- A run-on that repeats a clause: loop (hit_limit when it reached the limit). A text stopped mid-phrase at the limit:
  cut with hit_limit; a QA span whose boundary falls mid-phrase ("a purple off the"): cut without hit_limit.
- Any "Question:" or "Answer:" in the text: leak, even when the part before it is right.
- he/his for a Women row or she/her for a Men row: pronoun; rows with no gender column get no pronoun labels.
"""

from tests.audit_corpus import BLIND_QUESTIONS, caption, case, color_of, describe, details, is_a, wearing

Q = BLIND_QUESTIONS

BLIND_626 = [
    # photo: white solid formal shirt, full sleeves, no chest pocket, tucked into charcoal trousers, black belt;
    # white backdrop, front view. Caption base; wearing QA; details, material base; closed reference.
    case(
        "X626-001",
        caption("a man in a white shirt and grey pants standing in front of a white background"),
        wearing("a white shirt and grey pants"),
        Q.color("white"),
        Q.garment_type("shirt"),
        Q.sleeve_length("long"),
        Q.pattern("solid"),
        details("shirt", "the shirt has a pocket on the left side of the chest", "unsupported"),
        Q.material("cotton", "unsupported"),
        title="Peter England Men White Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: navy and white checked casual shirt, one chest pocket, sleeves rolled to the elbow, untucked over light
    # blue jeans; white backdrop. Caption base; wearing, describe QA; details, material base; closed reference.
    case(
        "X626-002",
        caption("a man wearing a blue and white checkered shirt and jeans"),
        wearing("a blue and white checkered shirt and jeans"),
        Q.color("light blue", "other_garment_color"),
        Q.pattern("checked"),
        describe("shirt", "blue and white checkered shirt"),
        details(
            "shirt",
            "the shirt has a pocket on the left side and a button down collar and a button down collar and a button "
            "down collar and a button",
            "loop",
            hit_limit=True,
        ),
        Q.material("the material of the shirt is a material", "restated"),
        is_a("shirt", "yes"),
        title="Roadster Men Navy Check Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon solid slim shirt, maroon buttons, full sleeves, buttoned up, black jeans, hands in pockets; white
    # backdrop. Caption base; wearing, describe QA; details base; material: no span and an empty base fallback.
    case(
        "X626-003",
        caption("a man in a red shirt and black jeans with his hands in his pockets"),
        wearing("a red shirt and black jeans"),
        Q.color("black", "other_garment_color"),
        describe("shirt", "red", "non_answer"),
        Q.material("", "non_answer"),
        details("shirt", "the shirt has black buttons", "unsupported"),
        Q.garment_type("shirt"),
        title="Highlander Men Maroon Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: mid-blue denim shirt, two flap chest pockets, snap buttons, buttoned, over beige chinos; white backdrop.
    # Caption base; wearing, material QA; details, describe base; closed reference.
    case(
        "X626-004",
        caption("a man wearing a denim shirt and khaki pants"),
        wearing("a denim shirt and khaki pants"),
        Q.material("denim"),
        Q.color("beige", "other_garment_color"),
        details("shirt", "two pockets on the front"),
        describe("shirt", "he is wearing a denim shirt Question: Describe the pants. Answer: khaki", "leak"),
        Q.pattern("solid"),
        Q.sleeve_length("long"),
        title="Wrangler Men Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: pale pink formal shirt, full sleeves, tucked into navy trousers, brown belt; white backdrop.
    # Caption base (calls the pink shirt white); wearing QA; describe base; closed reference.
    case(
        "X626-005",
        caption("a man in a white shirt and blue pants with a brown belt", "contradiction"),
        wearing("a white shirt and blue pants", "contradiction"),
        Q.color("pink"),
        describe("shirt", "she is wearing a pink shirt", "pronoun"),
        Q.garment_type("shirt"),
        is_a("shirt", "yes"),
        title="Arrow Men Pink Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive utility shirt, epaulettes, two chest pockets, sleeves rolled, worn open over a white crew tee,
    # black jeans; white backdrop. Caption base; wearing, describe QA; details, material base; closed reference.
    case(
        "X626-006",
        caption("a man wearing a green shirt over a white t-shirt and black jeans"),
        wearing("a green shirt over a white t-shirt and black jeans"),
        Q.color("white", "other_garment_color"),
        details("shirt", "the shirt has two pockets and epaulettes on the shoulders"),
        describe("shirt", "green shirt over a white t-shirt"),
        Q.pattern("solid"),
        Q.material("linen", "unsupported"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Roadster Men Olive Shirt",
        category="Shirts",
        color="Olive",
        gender="Men",
    ),
    # photo: black shirt with a small white floral (ditsy) print, short sleeves, untucked over stone-wash blue jeans;
    # white backdrop. Caption base; wearing QA; details base; closed reference.
    case(
        "X626-007",
        caption("a man wearing a black shirt with white flowers on it and blue jeans"),
        wearing("a black shirt with white flowers on it and blue jeans"),
        Q.pattern("floral"),
        Q.sleeve_length("long", "contradiction"),
        Q.color("black"),
        details(
            "shirt",
            "the shirt has a black and white pattern on it and the shirt has a black and white pattern on it and the "
            "shirt has a black and white",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("shirt"),
        title="Mufti Men Black Printed Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: white shirt with thin navy vertical pinstripes, full sleeves, tucked into beige chinos; plain white
    # backdrop. Caption base; wearing, describe QA; material, details base; closed reference.
    case(
        "X626-008",
        caption("a man in a blue and white striped shirt and tan pants standing in front of a white wall"),
        wearing("a blue and white striped shirt and tan pants"),
        Q.color("white"),
        is_a("t-shirt", "no"),
        describe("shirt", "blue and white striped shirt"),
        Q.material("Question: What material is the garment made of? Answer: cotton", "leak"),
        details(
            "shirt",
            "the shirt has white buttons and a white collar and white cuffs and white buttons and white collar and "
            "white cuffs and white buttons and",
            "loop",
            hit_limit=True,
        ),
        Q.pattern("striped"),
        title="Basics Men Striped Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: grey melange shirt, full sleeves, worn open over a black graphic tee, dark blue jeans; white backdrop.
    # Caption base; wearing QA; details, describe base; closed reference (the tee's colour and class picked).
    case(
        "X626-009",
        caption("a man wearing a black t-shirt with a graphic print and a grey shirt and jeans"),
        wearing("a black t-shirt with a graphic print and a grey shirt and jeans"),
        Q.color("black", "other_garment_color"),
        Q.garment_type("tee", "contradiction"),
        details("shirt", "the shirt is open and there is a t-shirt underneath"),
        Q.sleeve_length("long"),
        describe("shirt", "a grey shirt with a graphic print on it", "contradiction"),
        title="Locomotive Men Grey Shirt",
        category="Shirts",
        color="Grey",
        gender="Men",
    ),
    # photo: mustard-yellow solid shirt, full sleeves, no pocket, untucked over white trousers; white backdrop.
    # Caption base; wearing, describe QA; details base; closed reference.
    case(
        "X626-010",
        caption("a man in a yellow shirt and white pants"),
        wearing("a yellow shirt and white pants"),
        Q.color("white", "other_garment_color"),
        describe("shirt", "yellow shirt"),
        details("shirt", "the shirt has a pocket on the chest", "unsupported"),
        Q.pattern("solid"),
        is_a("kurta", "no"),
        title="Basics Men Yellow Shirt",
        category="Shirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: red and black buffalo-check shirt, full sleeves, open over a grey tee, black jeans; white backdrop.
    # Caption base; wearing QA; material, details, describe base; closed reference.
    case(
        "X626-011",
        caption("a man wearing a red and black plaid shirt and black jeans"),
        wearing("a red and black plaid shirt and black jeans"),
        Q.color("red"),
        Q.pattern("striped", "contradiction"),
        Q.material("wool", "unsupported"),
        details("shirt", "he is wearing a grey t-shirt under the shirt"),
        describe("shirt", "she is wearing a red and black checkered shirt", "pronoun"),
        Q.garment_type("shirt"),
        title="Levis Men Red Check Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: sky-blue oxford shirt, button-down collar, chest pocket, curved hem, navy chinos, watch; white backdrop.
    # The row has no colour column. Caption base; wearing QA; details, material, describe base; closed reference.
    case(
        "X626-012",
        caption("a man in a blue shirt and blue pants with a watch on his wrist"),
        wearing("a blue shirt and blue pants"),
        Q.color("navy blue", "other_garment_color"),
        details("shirt", "the shirt has a button down collar"),
        is_a("shirt", "yes"),
        Q.sleeve_length("short", "contradiction"),
        Q.material("he is wearing a cotton shirt", "unsupported"),
        describe(
            "shirt",
            "a light blue shirt with a button down collar and long sleeves and a pocket on the chest and buttons on "
            "the cuffs and a curved hem and",
            "cut",
            hit_limit=True,
        ),
        title="Flying Machine Men Shirt",
        category="Shirts",
        gender="Men",
    ),
    # photo: mid-blue slim jeans with whiskering, white crew-neck tee, white sneakers; white backdrop, full length.
    # Caption base; wearing QA; details, material base; closed reference.
    case(
        "X626-013",
        caption("a man in a white t-shirt and blue jeans standing in front of a white background"),
        color_of("jeans", "blue"),
        Q.color("white", "other_garment_color"),
        wearing("a white t-shirt and blue jeans"),
        details("jeans", "the jeans have a faded wash and whiskers on the thighs"),
        Q.garment_type("jeans"),
        is_a("pair of jeans", "yes"),
        Q.material("silk", "unsupported"),
        title="Levis Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: black skinny jeans, grey pullover hoodie, black shoes; white backdrop. Caption base; wearing, describe QA;
    # details, material base; closed reference (the hoodie's colour and class picked).
    case(
        "X626-014",
        caption("a man wearing a grey hoodie and black jeans"),
        color_of("jeans", "grey", "other_garment_color"),
        wearing("a grey hoodie and black jeans"),
        details("jeans", "the jeans are ripped at the knees", "unsupported"),
        describe("jeans", "black jeans"),
        Q.material("denim"),
        Q.garment_type("hoodie", "contradiction"),
        title="Roadster Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: dark indigo regular-fit jeans, light pink shirt tucked in, brown belt; white backdrop. Caption base;
    # wearing QA; describe, details base (details leaks the format); closed reference.
    case(
        "X626-015",
        caption("a man in a pink shirt and blue jeans with a brown belt"),
        color_of("jeans", "pink", "other_garment_color"),
        Q.color("navy blue"),
        Q.garment_type("jeans"),
        wearing("a pink shirt and blue jeans with a brown belt"),
        describe("jeans", "the jeans are pink", "other_garment_color"),
        details("jeans", "dark blue Question: What is the color of the belt? Answer: brown", "leak"),
        title="Spykar Men Navy Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: light-wash blue jeans with distressed knee rips, black printed tee, white sneakers; white backdrop.
    # Caption base; details, wearing QA; describe base; closed reference.
    case(
        "X626-016",
        caption("a man in a black t-shirt and ripped jeans"),
        color_of("jeans", "black", "other_garment_color"),
        details("jeans", "ripped", "non_answer"),
        wearing("a black t-shirt and ripped jeans"),
        is_a("pair of shorts", "no"),
        describe("jeans", "the jeans are light blue with rips on the knees"),
        Q.garment_type("jeans"),
        title="Mufti Men Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: grey washed slim jeans, untucked navy polo hiding the waist (no belt seen), black loafers, side view;
    # white backdrop. Caption base; wearing QA; details, material, describe base; closed reference.
    case(
        "X626-017",
        caption("a man in a blue shirt and grey pants"),
        color_of("jeans", "grey"),
        Q.garment_type("jeans"),
        wearing("a blue shirt and grey pants"),
        details(
            "jeans",
            "the pants are grey and the shirt is blue and the pants are grey and the shirt is blue and the pants are "
            "grey and the shirt is blue and",
            "loop",
            hit_limit=True,
        ),
        Q.material("polyester", "unsupported"),
        describe("jeans", "grey jeans with a brown leather belt and white sneakers", "unsupported"),
        title="Jack & Jones Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: medium-blue straight jeans, white shirt untucked with sleeves rolled, hands in pockets; white backdrop.
    # Caption base; wearing QA; describe, details base; closed reference.
    case(
        "X626-018",
        caption("a man wearing a white shirt and blue jeans with his hands in his pockets"),
        Q.color("white", "other_garment_color"),
        color_of("jeans", "blue"),
        describe("jeans", "the jeans are blue and the shirt is blue", "contradiction"),
        details("jeans", "they are jeans", "non_answer"),
        wearing("a white shirt and blue jeans"),
        Q.pattern("solid"),
        title="Lee Men Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: faded charcoal-black jeans, olive bomber jacket over a white tee; white backdrop. Caption base; wearing
    # QA; details, material base; closed reference (jacket's colour, "yes" to jacket).
    case(
        "X626-019",
        caption("a man wearing a green jacket and black jeans"),
        color_of("jeans", "green", "other_garment_color"),
        is_a("jacket", "yes", "contradiction"),
        wearing("a green jacket and black jeans"),
        details("jeans", "the jeans details are the details of the jeans", "restated"),
        Q.material("denim"),
        title="Wrangler Men Black Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: dark-blue jeans with rolled hems, white-and-blue striped shirt tucked in, brown belt, brown loafers;
    # white backdrop. Caption base, ran to the limit; wearing QA; details, material base; closed reference.
    case(
        "X626-020",
        caption(
            "a man in a blue striped shirt and jeans standing on a white floor with a white background and brown "
            "shoes on his feet and a brown belt on his waist and a watch on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue striped shirt and jeans"),
        color_of("jeans", "blue"),
        details("jeans", "the jeans have a straight fit and rolled up hems"),
        Q.pattern("striped", "contradiction"),
        Q.garment_type("jeans"),
        Q.material("the jeans are made of stretchable fabric", "unsupported"),
        title="Pepe Jeans Men Blue Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: plain white cotton long kurta, mandarin collar, full sleeves, white churidar, brown mojari; white
    # backdrop. Caption base; wearing QA; describe, details, material base; closed reference.
    case(
        "X626-021",
        caption("a man in a white kurta and white pants"),
        Q.garment_type("kurta"),
        Q.color("white"),
        wearing("a white kurta and white pants"),
        describe("kurta", "a long white shirt with a mandarin collar"),
        Q.material("cotton"),
        details("kurta", "the kurta has gold embroidery on the collar and the cuffs", "unsupported"),
        Q.pattern("striped", "contradiction"),
        title="Fabindia Men White Cotton Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon silk-blend kurta, self-woven texture, gold buttons, cream churidar; white backdrop. Caption base;
    # wearing QA; describe, material base; closed reference (the churidar's colour picked).
    case(
        "X626-022",
        caption("a man in a red and gold kurta with white pants"),
        Q.color("cream", "other_garment_color"),
        describe(
            "kurta",
            "a maroon kurta with gold buttons and a mandarin collar and a maroon kurta with gold buttons and a "
            "mandarin collar and a maroon kurta with",
            "loop",
            hit_limit=True,
        ),
        wearing("a red and gold kurta with white pants"),
        Q.pattern("solid"),
        is_a("kurta", "yes"),
        Q.material("silk"),
        title="Manyavar Men Maroon Silk Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy short kurta with white thread embroidery on the placket, white pyjama pants, side pose; white
    # backdrop. Caption base (kurta as "shirt"); wearing QA; details, material base; closed reference.
    case(
        "X626-023",
        caption("a man wearing a blue shirt and white pants", "contradiction"),
        Q.garment_type("shirt", "contradiction"),
        Q.color("white", "other_garment_color"),
        wearing("a blue shirt and white pants", "contradiction"),
        details("kurta", "white embroidery around the neck and down the front"),
        Q.material("", "non_answer"),
        Q.sleeve_length("long"),
        title="Svanik Men Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard-yellow kurta with tiny self-woven booti motifs, no pockets, white churidar, hands folded; white
    # backdrop. Caption base; wearing QA; describe, details base; closed reference.
    case(
        "X626-024",
        caption("a man in a yellow and white outfit with his hands folded"),
        Q.color("yellow"),
        wearing("a yellow and white outfit"),
        describe("kurta", "she is wearing a yellow kurta", "pronoun"),
        Q.garment_type("dress", "contradiction"),
        details("kurta", "the kurta has a pocket on the side and a pocket on the chest", "unsupported"),
        is_a("kurta", "yes"),
        title="Mohey Men Mustard Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: black kurta with silver embroidery at the neckline, full sleeves, white churidar; beige studio wall
    # behind. Caption base; wearing QA; details, describe, material base; closed reference.
    case(
        "X626-025",
        caption("a man in a black kurta and white pants standing in front of a beige wall"),
        Q.color("white", "other_garment_color"),
        details("kurta", "the kurta has silver embroidery on the neckline"),
        Q.sleeve_length("long"),
        wearing("a black kurta and white pants"),
        Q.material("Question: What material is the garment made of? Answer: silk", "leak"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "a black kurta with silver embroidery around the neck and the sleeves and the hem and the pockets and "
            "the buttons and the collar and the",
            "cut",
            hit_limit=True,
        ),
        title="Manyavar Men Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: bottle-green straight kurta with small white printed buttis, short mandarin collar, white pyjama, brown
    # sandals; white backdrop. Caption base, ran to the limit; wearing QA; details, describe base; closed reference.
    case(
        "X626-026",
        caption(
            "a man wearing a green shirt with white polka dots on it and white pants and a pair of brown sandals on "
            "his feet and a watch on his left wrist and a ring on his finger and",
            "cut",
            hit_limit=True,
        ),
        Q.color("green"),
        Q.pattern("printed"),
        wearing("a green shirt with white polka dots on it and white pants", "contradiction"),
        details("kurta", "white dots"),
        describe("kurta", "she is wearing a green kurta with white dots", "pronoun"),
        Q.garment_type("kurta"),
        title="Fabindia Men Green Kurta",
        category="Kurtas",
        color="Green",
        gender="Men",
    ),
    # photo: cream silk kurta with tonal embroidery on the front, maroon stole over one shoulder, cream churidar;
    # white backdrop. Caption base; wearing QA; describe, details, material base; closed reference.
    case(
        "X626-027",
        caption("a man in a white kurta with a red scarf"),
        Q.color("maroon", "other_garment_color"),
        wearing("a white kurta with a red scarf"),
        describe(
            "kurta",
            "a white kurta with a red scarf a white kurta with a red scarf a white kurta with a red scarf a white "
            "kurta with a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        details("kurta", "there is embroidery on the front of the kurta"),
        Q.material("cotton", "contradiction"),
        title="Manyavar Men Cream Silk Kurta",
        category="Kurtas",
        color="Cream",
        gender="Men",
    ),
    # photo: sky-blue linen kurta, sleeves rolled to the elbow, worn over blue jeans; white backdrop. The row has no
    # gender column. Caption base (kurta as "shirt"); wearing QA; details, material, describe base; closed reference.
    case(
        "X626-028",
        caption("a man wearing a light blue shirt and jeans", "contradiction"),
        wearing("a light blue shirt and jeans", "contradiction"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        details("kurta", "the sleeves are rolled up to the elbows"),
        Q.material("linen"),
        describe("kurta", "blue", "non_answer"),
        title="Svanik Men Blue Linen Kurta",
        category="Kurtas",
        color="Blue",
    ),
    # photo: rust-orange kurta with an asymmetric hem, off-white churidar, hands in the side pockets; white backdrop.
    # Caption base; wearing QA; details, describe, material base; closed reference.
    case(
        "X626-029",
        caption("a man in an orange kurta and white pants standing with his hands in his pockets"),
        Q.color("brown", "contradiction"),
        wearing("an orange kurta and white pants"),
        details("kurta", "the kurta has an asymmetrical hem"),
        Q.pattern("solid"),
        describe("kurta", "describe the kurta", "non_answer"),
        Q.material("it is made of material", "restated"),
        Q.sleeve_length("long"),
        title="Mohey Men Rust Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: black sleeveless crepe top with lace trim at the neckline, tucked into white high-waist trousers; white
    # backdrop. Caption base; wearing QA; details, material base; closed reference.
    case(
        "X626-030",
        caption("a woman in a black top and white pants"),
        Q.color("white", "other_garment_color"),
        Q.sleeve_length("short", "contradiction"),
        wearing("a black top and white pants"),
        details("top", "he is wearing a black top with lace", "pronoun"),
        Q.material("", "non_answer"),
        Q.garment_type("top"),
        title="Vero Moda Women Black Top",
        category="Tops",
        color="Black",
        gender="Women",
    ),
    # photo: pink floral-print peplum top, short flutter sleeves, blue skinny jeans; white backdrop. Caption base;
    # wearing QA; describe, details, material base; closed reference.
    case(
        "X626-031",
        caption("a woman wearing a pink floral top and blue jeans"),
        Q.pattern("floral"),
        Q.color("blue", "other_garment_color"),
        wearing("a pink floral top and blue jeans"),
        describe("top", "a pink top with flowers on it and a ruffle at the waist"),
        details(
            "top",
            "the top has a ruffle at the waist and ruffles on the sleeves and a ruffle at the waist and ruffles on the "
            "sleeves and a ruffle at the waist and",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("long", "contradiction"),
        is_a("top", "yes"),
        Q.material("the top is made of the material of the top", "restated"),
        title="Only Women Pink Top",
        category="Tops",
        color="Pink",
        gender="Women",
    ),
    # photo: white cotton blouse with schiffli cutwork embroidery, three-quarter sleeves, light blue jeans; plain
    # white backdrop, no window. Caption base; wearing QA; material, details base; closed reference.
    case(
        "X626-032",
        caption(
            "a woman in a white blouse and jeans is standing in front of a white wall with a window behind her",
            "unsupported",
        ),
        wearing("a white blouse and jeans"),
        Q.color("white"),
        Q.material("Answer: cotton", "leak"),
        details("top", "the blouse has embroidery on the front and the sleeves"),
        Q.sleeve_length("three-quarter"),
        Q.garment_type("blouse"),
        title="Mango Women White Top",
        category="Tops",
        color="White",
        gender="Women",
    ),
    # photo: navy top with white polka dots, cap sleeves, tie knot at the hem, white jeans; white backdrop. Caption
    # base; wearing QA; describe, details, material base; closed reference.
    case(
        "X626-033",
        caption("a woman wearing a blue and white polka dot shirt and white pants"),
        Q.color("white", "other_garment_color"),
        Q.pattern("polka dot"),
        describe("top", "the top is a top with polka dots", "restated"),
        details("top", "a tie at the front"),
        wearing("a blue and white polka dot shirt and white pants"),
        is_a("dress", "yes", "contradiction"),
        Q.material(
            "the top is made of a light and breathable fabric that is perfect for summer days and can be worn with "
            "jeans or shorts or a skirt and",
            "cut",
            hit_limit=True,
        ),
        title="Harpa Women Navy Top",
        category="Tops",
        color="Navy Blue",
        gender="Women",
    ),
    # photo: red crop top, square neck, short puff sleeves, black high-waist skirt; white backdrop. Caption base;
    # wearing, describe QA; details, material base; closed reference.
    case(
        "X626-034",
        caption("a woman in a red top and a black skirt"),
        Q.color("black", "other_garment_color"),
        wearing("a red top and a black skirt"),
        describe("top", "red", "non_answer"),
        details("top", "his top has puff sleeves and a square neck", "pronoun"),
        Q.material("Question: What material is the skirt made of? Answer: leather", "leak"),
        Q.garment_type("top"),
        Q.sleeve_length("short"),
        title="Forever 21 Women Red Top",
        category="Tops",
        color="Red",
        gender="Women",
    ),
    # photo: green satin wrap top, long sleeves, side tie, beige trousers, small tan handbag in hand; white backdrop.
    # Caption base; wearing QA; material, details, describe base; closed reference (the bag's colour picked).
    case(
        "X626-035",
        caption("a woman in a green shirt holding a brown purse"),
        wearing("a green shirt"),
        Q.color("brown", "other_garment_color"),
        Q.material("satin"),
        details(
            "top",
            "a wrap top with a tie on the side and long sleeves and a v neck and a tie on the side and long sleeves "
            "and a v neck and",
            "loop",
            hit_limit=True,
        ),
        describe("top", "the top is green and the pants are beige"),
        Q.sleeve_length("long"),
        title="Besiva Women Green Satin Top",
        category="Tops",
        color="Green",
        gender="Women",
    ),
    # photo: lemon-yellow top with black horizontal stripes, short sleeves, denim shorts; white backdrop. The row has
    # no colour column. Caption base; wearing QA; details, material, describe base; closed reference.
    case(
        "X626-036",
        caption("a woman wearing a yellow and black striped shirt and denim shorts"),
        Q.color("blue", "other_garment_color"),
        Q.pattern("striped"),
        wearing("a yellow and black striped shirt and denim shorts"),
        details(
            "top",
            "the top has a yellow and black stripes and a yellow and black stripes and a yellow and black stripes and "
            "a yellow and black stripes and a yellow",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton", "unsupported"),
        describe("top", "she is wearing a yellow top"),
        title="Kraus Women Striped Top",
        category="Tops",
        gender="Women",
    ),
    # photo: lavender off-shoulder top with a smocked band, long balloon sleeves, white jeans, hands on hips,
    # ponytail; white studio. Caption base, ran to the limit; wearing, describe QA; details, material base.
    case(
        "X626-037",
        caption(
            "a young woman in a purple off the shoulder top and white jeans posing for a photo in a studio with her "
            "hands on her hips and her hair in a ponytail and a",
            "cut",
            hit_limit=True,
        ),
        Q.color("lavender"),
        Q.sleeve_length("long"),
        wearing("a purple off the shoulder top and white jeans"),
        details("top", "the top has elastic at the neckline and at the cuffs"),
        describe("top", "a purple off the", "cut"),
        Q.material("polyester", "unsupported"),
        title="Mast & Harbour Women Lavender Top",
        category="Tops",
        color="Lavender",
        gender="Women",
    ),
    # photo: white top with a multicolour geometric print (blue, orange, green), short sleeves, navy jeans; white
    # backdrop. Caption base; wearing QA; details, describe base; closed reference.
    case(
        "X626-038",
        caption("a woman wearing a colorful shirt with a geometric pattern"),
        Q.color("white"),
        Q.pattern("printed"),
        wearing("a colorful shirt with a geometric pattern"),
        details("top", "the details of the top are the print and the sleeves", "restated"),
        describe("top", "a white top with a blue and orange print"),
        Q.garment_type("top"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="Sassafras Women Printed Top",
        category="Tops",
        color="Multi",
        gender="Women",
    ),
    # photo: pink A-line kurti with a white floral block print, three-quarter sleeves, white leggings; white
    # backdrop. Caption base (kurti as "dress"); wearing QA; details, material base; closed reference.
    case(
        "X626-039",
        caption("a woman in a pink dress with white flowers", "contradiction"),
        Q.garment_type("kurta"),
        Q.color("pink"),
        Q.pattern("floral"),
        wearing("a pink dress with white flowers", "contradiction"),
        details("kurti", "the kurti has three quarter sleeves and a round neck"),
        Q.material("he is wearing a cotton kurti", "pronoun"),
        title="Biba Women Pink Cotton Kurti",
        category="Kurtis",
        color="Pink",
        gender="Women",
    ),
    # photo: indigo kurti with white dabu print, mandarin collar, three-quarter sleeves, no pockets, white palazzos,
    # silver jhumkas; white backdrop. Caption base; wearing, describe QA; details base; closed reference.
    case(
        "X626-040",
        caption("a woman in a blue and white kurta with white pants and earrings"),
        Q.color("white", "other_garment_color"),
        wearing("a blue and white kurta with white pants and earrings"),
        describe("kurti", "blue and white kurta"),
        details(
            "kurti",
            "the kurti has a mandarin collar and buttons down the front and a pocket on the side and a mandarin collar "
            "and buttons down the front and a",
            "loop",
            hit_limit=True,
        ),
        is_a("kurta", "yes"),
        Q.sleeve_length("sleeveless", "contradiction"),
        title="W Women Blue Kurti",
        category="Kurtis",
        color="Blue",
        gender="Women",
    ),
    # photo: sea-green straight cotton kurti with a gold foil print on the yoke, beige churidar leggings, beige
    # dupatta over the shoulders; white backdrop. Caption base; wearing, details QA; material, describe base.
    case(
        "X626-041",
        caption("a woman in a green kurta with gold print and a beige scarf"),
        Q.color("beige", "other_garment_color"),
        Q.material("silk", "unsupported"),
        wearing("a green kurta with gold print and a beige scarf"),
        details("kurti", "gold", "non_answer"),
        describe("kurti", "she is wearing a green kurti with a gold print on the yoke"),
        Q.pattern("printed"),
        title="Aurelia Women Green Kurti",
        category="Kurtis",
        color="Sea Green",
        gender="Women",
    ),
    # photo: maroon flared anarkali kurti, gold zari border at the hem, gold embroidery on the sleeves and neckline,
    # full sleeves, gold churidar; white backdrop. Caption base; wearing QA; details, material base.
    case(
        "X626-042",
        caption("a woman in a red and gold anarkali dress standing in front of a white background"),
        Q.color("gold", "other_garment_color"),
        Q.garment_type("dress", "contradiction"),
        wearing("a red and gold anarkali dress"),
        details(
            "kurti",
            "the dress has a gold border at the bottom and gold embroidery on the sleeves and the neckline and the "
            "yoke and the bodice and the skirt and the",
            "cut",
            hit_limit=True,
        ),
        Q.material("Question: What is the color of the dress? Answer: red", "leak"),
        is_a("kurta", "yes"),
        title="Libas Women Maroon Anarkali Kurti",
        category="Kurtis",
        color="Maroon",
        gender="Women",
    ),
    # photo: mustard kurti with white chikankari embroidery, three-quarter sleeves, white palazzos; white backdrop.
    # The row has no gender column. Caption base (kurti as "top"); wearing QA; details, describe, material base.
    case(
        "X626-043",
        caption("a woman in a yellow top with white embroidery and white pants"),
        Q.color("yellow"),
        wearing("a yellow top with white embroidery and white pants"),
        details("kurti", "white embroidery on the front and the sleeves"),
        describe("kurti", "the kurti is yellow and the palazzo is yellow", "contradiction"),
        Q.material("chiffon", "unsupported"),
        Q.pattern("embroidered"),
        Q.sleeve_length("short", "contradiction"),
        title="Rangmanch Women Yellow Kurti",
        category="Kurtis",
        color="Mustard",
    ),
    # photo: black kurti with multicolour floral embroidery on the yoke, side slits, full sleeves, blue jeans; white
    # backdrop. Caption base; wearing, describe QA; details, material base; closed reference.
    case(
        "X626-044",
        caption("a woman in a black kurti with a floral design and blue jeans"),
        Q.color("blue", "other_garment_color"),
        wearing("a black kurti with a floral design and blue jeans"),
        describe("kurti", "a black kurti with a floral", "cut"),
        details("kurti", "the details of the kurti are black", "restated"),
        Q.sleeve_length("long"),
        Q.garment_type("kurta"),
        Q.material("georgette", "unsupported"),
        title="Anouk Women Black Kurti",
        category="Kurtis",
        color="Black",
        gender="Women",
    ),
    # photo: orange and pink printed tiered kurti, sleeveless, white leggings, side view; white backdrop. Caption
    # base (kurti as "dress"); wearing QA; details, material base; closed reference.
    case(
        "X626-045",
        caption("a woman wearing an orange and pink dress", "contradiction"),
        Q.garment_type("dress", "contradiction"),
        Q.sleeve_length("sleeveless"),
        Q.color("orange"),
        wearing("an orange and pink dress", "contradiction"),
        details("kurti", "his kurti has a pink tiered hem", "pronoun"),
        Q.material("rayon"),
        title="Global Desi Women Orange Rayon Kurti",
        category="Kurtis",
        color="Orange",
        gender="Women",
    ),
    # photo: grey kurti with a white geometric print, mandarin collar, three-quarter sleeves, no pockets, black
    # leggings, black sling bag across the body; white backdrop. Caption base; wearing QA; describe, details base.
    case(
        "X626-046",
        caption("a woman in a grey and white kurta with black leggings and a black bag"),
        Q.color("black", "other_garment_color"),
        wearing("a grey and white kurta with black leggings and a black bag"),
        describe(
            "kurti",
            "a grey kurti with white print and a mandarin collar Question: What is the color of the leggings? Answer: "
            "black",
            "leak",
        ),
        details("kurti", "the kurti has a pocket on the side", "unsupported"),
        Q.pattern("printed"),
        Q.sleeve_length("three-quarter"),
        title="Sangria Women Grey Kurti",
        category="Kurtis",
        color="Grey",
        gender="Women",
    ),
]
