"""BLIND_904 (46 products; old Myntra men's ethnic/casual; caption then QA): written blind in the fifty-seventh session.
Measured blind at d08c3e3 (the session's fourth rules): 128/160 failures found (80.0%) and 11/219 correct texts flagged
(5.0%). The writer's notes, verbatim:

Scenario: the older Myntra feed of the shared photos' kind, with short product names ("Fabindia Men Navy Kurta"),
men's ethnic wear (kurtas, kurta sets, Nehru jackets, churidars, a sherwani) and casual wear (t-shirts, shirts, jeans,
shorts, track pants, sweatshirts, sweaters, jackets). Catalog photos on a white backdrop, nearly all worn by a male
model who also wears other garments (a kurta under a Nehru jacket, a t-shirt under an open shirt or jacket, a
churidar under a kurta), one boy, one waist-down crop, two crops at the chest. Seller columns as the old feed has
them: title, category (the article type), color (the base colour, sometimes wrong: a rust kurta sold as Brown),
gender; one row lacks the color, one the category, one the gender.

Who wrote what: the captions were written by the caption adapter (leoreigoto/Data2_V2_Blip2_Finetune_Caption,
epoch 3) for most products and by the untuned BLIP-2 OPT-2.7b for the rest (the comment on each product says which).
The adapter writes the DeepFashion template: "The gentleman wears a long-sleeve shirt with pure color patterns. The
shirt is with cotton fabric...", with pattern words (pure color, lattice, striped, floral, graphic) and no hue at
all, calls kurtas shirts (and a sherwani a dress), often calls the man "the lady" or "her", and, trained without an
end token, stops on its own only about half the time: otherwise it runs to the 50-token limit and is cut mid-phrase
or starts the template over. The base model writes one short line with hue names ("a man in an orange kurta and
white pants") and sometimes swaps the colors of two garments. The open answers are spans that the extractive QA
model (timpal0l/mdeberta-v3-base-squad2) took from the caption: they cannot name a hue the caption lacks, so over
an adapter caption the color questions get "pure color" or "lattice", and over a base caption they often pick the
other garment's color; a span taken inside a looping or cut caption loops or stops short in turn. Where mdeberta
returned no span, the job asked BLIP-2 with the VQA adapter (leoreigoto/Data3_V3_BLIP2_VQA, 30 new tokens) instead:
those answers are marked "fallback" in the comments; they invent details, loop, get cut, echo the question, leak
the "Question: ... Answer:" format, or come back empty (the adapter emitted the newline at once). The closed
answers (garment type, color, pattern, sleeve length, color of a named garment when stored closed, "Is this a
...?") come from enrich's --engine reference: one candidate value each, never looping or cut, sometimes the wrong
one (the t-shirt's color for the jacket, "long" for a sleeveless Nehru jacket).

Labeling conventions and judgement calls:
- A kurta called a "shirt" (or a "long-sleeve shirt") is correct: a kurta is a long collarless shirt. A kurta or a
  sherwani called a "dress" is a contradiction. A Nehru jacket called a "vest" or "outer clothing" is correct; a
  sweatshirt called a "sweater" is correct; a sherwani typed "jacket" is correct.
- An open color answer that is only a pattern word ("pure color", "floral", "solid color") names no color: non_answer.
- An open answer that gives the product the color of another garment in the photo (the churidar's white for the
  kurta, the chinos' khaki for the polo) is other_garment_color; the same mistake in a closed answer, or on a garment
  that is not the product (the t-shirt's grey for the shorts), is a contradiction. The color of a print (the red
  skull on a black t-shirt) given as the garment's color is a contradiction.
- For a two-colored striped garment either stripe color, or the ground, is a correct color (blue for a white tee
  with blue and green stripes; white for a blue-and-white striped shirt sold as Blue). Teal answered "green" is
  correct. Peach answered "pink" is correct. An answer that matches the photo but not a wrong seller color (orange for
  a rust kurta sold as Brown) is correct.
- Material: cotton for a plain kurta, shirt, tee or sweatshirt, knitted or wool for a knit sweater, denim for jeans,
  linen or nylon where the photo's texture shows it, are correct. A material that belongs to another garment is a
  contradiction when another text of the product states the product's own (the caption says the tee is cotton, the
  answer says denim), otherwise unsupported. A material the photo does not show (silk for a jacquard jacket, linen
  for twill chinos, cotton for a sheeny art-silk kurta, slub linen or satin nylon) is unsupported. "other fabric" is
  a non_answer.
- Details the photo cannot show or does not have (the back of a garment, a hood that is not there, a crocodile logo,
  french cuffs, golden borders on a plain kurta) are unsupported, even when the rest of the answer is right.
- "the jacket is a jacket", "the details of the trousers are the trousers details", an answer that repeats the
  question as a sentence before (or instead of) answering: restated. An answer that is only the question's garment
  word ("t-shirt", "jacket"), an empty answer, a one-word color for "Describe the kurta", or "The lower clothing" for
  what the person wears: non_answer.
- A caption that ran to 50 tokens and stops mid-phrase is cut (hit_limit); one that starts its template over is a
  loop (hit_limit). A span copied from the cut end of a caption ("denim fabric and pure") is cut, without hit_limit.
- "the lady", "her", "she", "this female" for the man in the photo is pronoun, also on the Unisex row (the photo
  shows a man); "he" for the boy is correct.
- A base caption that adds a prop the photo lacks (a backpack, a coffee cup) is unsupported.
- A belt given as the trousers' details is a contradiction (accessory answered as the garment). The churidar row
  typed "kurta", or answered "yes" to "Is this a kurta?", is a contradiction: the product is the churidar.
- Each text carries one label: where a text had two faults I wrote it with the one I judged primary (a fallback
  answer that loops is a loop, a fallback answer that leaks is a leak even when the leaked answer is right).
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
from tests.audit_corpus import caption, case, color_of, describe, details, is_a, wearing

BLIND_904 = [
    # photo: man in a navy blue straight kurta, long sleeves, mandarin collar, no print; white churidar; white backdrop,
    # front view. Caption: caption adapter (ran to the limit); open answers: mdeberta over the caption, color of the
    # kurta and the description from the fallback (VQA adapter); closed: reference engine.
    case(
        "X904-001",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure "
            "color patt",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("blue"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        details("kurta", "It has a standing neckline"),
        describe("kurta", "the kurta is navy blue with white embroidery on the collar", "unsupported"),
        Q.material("cotton fabric"),
        is_a("kurta", "yes"),
        title="Fabindia Men Navy Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a maroon art-silk kurta with a visible sheen and gold thread-work along the placket; cream churidar;
    # white backdrop, front view. Caption: caption adapter (stopped on its own); open answers: mdeberta; closed:
    # reference engine.
    case(
        "X904-002",
        caption(
            "This lady is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and "
            "its neckline is standing. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        Q.color("red"),
        describe("kurta", "long-sleeve shirt with pure color patterns"),
        details("kurta", "its neckline is standing"),
        Q.material("cotton fabric", "unsupported"),
        is_a("kurta", "yes"),
        title="Manyavar Men Maroon Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in an olive green cotton Nehru jacket (sleeveless, mandarin collar, five buttons) over a white long-
    # sleeve kurta and cream pyjama; white backdrop, front view. Caption: caption adapter (stopped on its own); open
    # answers: mdeberta, the jacket details from the fallback; closed: reference engine.
    case(
        "X904-003",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. It has a standing neckline. This "
            "gentleman also wears an outer clothing, with cotton fabric and pure color patterns."
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        color_of("jacket", "white", "contradiction"),
        describe("jacket", "an outer clothing, with cotton fabric and pure color patterns"),
        Q.garment_type("shirt", "contradiction"),
        Q.sleeve_length("sleeveless"),
        details(
            "jacket",
            "the jacket has a button front and a button front and a button front and a button front and a button "
            "front and a button",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton fabric"),
        title="Mother Earth Men Olive Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a black crew-neck t-shirt with a large white "ROCK" text print on the chest; mid-blue jeans; white
    # backdrop, front view. Caption: caption adapter (ran to the limit); open answers: mdeberta, the description from
    # the fallback; closed: reference engine.
    case(
        "X904-004",
        caption(
            "The guy wears a short-sleeve T-shirt with graphic patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is round. The guy wears a long trousers. The trousers are with denim fabric "
            "and solid",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns"),
        Q.color("black"),
        Q.pattern("graphic"),
        details("t-shirt", "The neckline of the T-shirt is round"),
        describe("t-shirt", "the t-shirt is black with a white print of a guitar on the front", "unsupported"),
        Q.material("denim fabric", "contradiction"),
        is_a("t-shirt", "yes"),
        title="Flying Machine Men Black Printed T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a light blue denim shirt, long sleeves, buttoned, spread collar; khaki chinos; white backdrop.
    # Caption: caption adapter (stopped on its own); open answers: mdeberta; closed: reference engine.
    case(
        "X904-005",
        caption(
            "Her shirt has long sleeves, denim fabric and pure color patterns. It has a lapel neckline. The pants the "
            "lady wears is of long length.",
            "pronoun",
        ),
        wearing("shirt has long sleeves, denim fabric and pure color patterns", who="he"),
        color_of("shirt", "pure color patterns", "non_answer", kind="open"),
        Q.color("blue"),
        Q.material("denim fabric"),
        Q.sleeve_length("long"),
        details("shirt", "It has a lapel neckline"),
        color_of("pants", "blue", "contradiction"),
        title="Wrangler Men Blue Denim Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a grey melange pullover hooded sweatshirt with a kangaroo pocket; black track pants; white backdrop,
    # front view. Caption: caption adapter (started over, ran to the limit); open answers: mdeberta, the details from
    # the fallback (empty); closed: reference engine.
    case(
        "X904-006",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The "
            "man wears a long pants. The pants are with cotton fabric and pure color patterns. The man is wearing a "
            "long-sleeve sweater with pure color patterns. The",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.garment_type("sweatshirt"),
        Q.color("grey"),
        describe(
            "sweatshirt",
            "a long-sleeve sweater with pure color patterns. The sweater is with cotton fabric. The man wears a long "
            "pants. The pants are with cotton fabric and pure color patterns. The man is wearing a long-sleeve sweater",
            "loop",
        ),
        details("sweatshirt", "", "non_answer"),
        Q.material("cotton fabric"),
        title="Proline Men Grey Sweatshirt",
        category="Sweatshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a blue-and-white vertical striped shirt, full sleeves, one chest pocket, no epaulettes; navy chinos;
    # white backdrop. Caption: caption adapter (stopped on its own); open answers: mdeberta, the description from the
    # fallback; closed: reference engine.
    case(
        "X904-007",
        caption(
            "The gentleman wears a long-sleeve shirt with striped patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The trousers this gentleman wears is of long length."
        ),
        wearing("a long-sleeve shirt with striped patterns"),
        Q.pattern("solid", "contradiction"),
        Q.color("white"),
        details("shirt", "its neckline is lapel"),
        describe("shirt", "the shirt has a pocket on the chest and epaulettes on the shoulders", "unsupported"),
        color_of("trousers", "blue"),
        Q.material("cotton fabric"),
        title="Arrow Men Striped Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a rust-orange kurta with small white block-printed motifs all over; white pyjama; white backdrop.
    # The seller's Brown is wrong: the kurta is clearly rust. Caption: untuned BLIP-2; open answers: mdeberta, details
    # and material from the fallback; closed: reference engine.
    case(
        "X904-008",
        caption("a man in an orange kurta and white pants"),
        color_of("kurta", "orange", kind="open"),
        wearing("an orange kurta and white pants"),
        Q.pattern("solid", "contradiction"),
        describe("kurta", "orange", "non_answer"),
        details(
            "kurta",
            "the kurta has a white print on it and a white print on the sleeves and a white print on the collar and a "
            "white print on the",
            "loop",
            hit_limit=True,
        ),
        Q.material("the kurta is made of the material that kurtas are made of", "restated"),
        is_a("kurta", "yes"),
        title="Fabindia Men Printed Kurta",
        category="Kurtas",
        color="Brown",
        gender="Men",
    ),
    # photo: man in an off-white kurta pyjama set (long kurta, mandarin collar), a maroon printed stole draped over one
    # shoulder; white backdrop. Caption: caption adapter (ran to the limit); open answers: mdeberta, kurta color and
    # description from the fallback; closed: reference engine.
    case(
        "X904-009",
        caption(
            "This man is wearing a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a standing neckline. The man wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an accessory on his",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("white"),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        color_of("pants", "pure color patterns", "non_answer", kind="open"),
        Q.garment_type("kurta"),
        describe(
            "kurta",
            "the kurta is white with a maroon stole Question: What is the color of the stole? Answer: maroon",
            "leak",
        ),
        is_a("sherwani", "no"),
        title="Manyavar Men Off White Kurta Pyjama",
        category="Kurta Sets",
        color="Off White",
        gender="Men",
    ),
    # photo: man in olive green cargo shorts (two side cargo pockets, button waist, belt loops) and a black crew-neck
    # t-shirt; cropped at the chest; white backdrop. Caption: caption adapter (stopped on its own); open answers:
    # mdeberta, the shorts' color and the description from the fallback; closed: reference engine.
    case(
        "X904-010",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The guy "
            "wears a three-point shorts. The shorts are with cotton fabric and pure color patterns."
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("shorts", "black", "other_garment_color", kind="open"),
        details("shorts", "three-point shorts"),
        Q.material("cotton fabric"),
        Q.garment_type("shorts"),
        describe(
            "shorts",
            "the shorts are olive green with two cargo pockets on the sides and a button closure at the waist and "
            "belt loops and the hem of the",
            "cut",
            hit_limit=True,
        ),
        is_a("pair of shorts", "yes"),
        title="Locomotive Men Olive Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: waist-down crop of dark indigo slim jeans with the hem of an untucked white shirt; white backdrop. The row
    # has no gender. Caption: caption adapter (stopped on its own); open answers: mdeberta, the description from the
    # fallback; closed: reference engine.
    case(
        "X904-011",
        caption("The lower clothing is of long length. The fabric is denim and it has solid color patterns."),
        wearing("The lower clothing", "non_answer"),
        color_of("jeans", "blue"),
        details("jeans", "solid color patterns"),
        Q.material("denim"),
        Q.pattern("solid"),
        is_a("pair of jeans", "yes"),
        describe("jeans", "white", "other_garment_color"),
        title="Spykar Men Blue Jeans",
        category="Jeans",
        color="Blue",
    ),
    # photo: man in a charcoal grey knitted crew-neck sweater over a white collared shirt (collar showing), dark jeans;
    # white backdrop. Caption: caption adapter (stopped on its own); open answers: mdeberta, the shirt's color from the
    # fallback; closed: reference engine.
    case(
        "X904-012",
        caption(
            "The man is wearing a long-sleeve sweater with pure color patterns. The sweater is with knitted fabric and "
            "its neckline is round. The trousers this man wears is of long length."
        ),
        wearing("a long-sleeve sweater with pure color patterns"),
        Q.color("grey"),
        color_of("shirt", "white", kind="open"),
        Q.material("knitted fabric"),
        describe("sweater", "long-sleeve sweater with pure color patterns"),
        details("sweater", "its neckline is round"),
        Q.sleeve_length("long"),
        title="Wills Lifestyle Men Charcoal Sweater",
        category="Sweaters",
        color="Charcoal",
        gender="Men",
    ),
    # photo: man in a mustard yellow pique polo t-shirt with a small embroidered horseman logo; beige chinos; white
    # backdrop. Caption: untuned BLIP-2; open answers: mdeberta, details, description and material from the fallback;
    # closed: reference engine.
    case(
        "X904-013",
        caption("a man in a yellow polo shirt and khaki pants"),
        color_of("t-shirt", "khaki", "other_garment_color", kind="open"),
        wearing("a yellow polo shirt and khaki pants"),
        Q.garment_type("t-shirt"),
        Q.color("yellow"),
        Q.sleeve_length("short"),
        details(
            "t-shirt",
            "the t-shirt has a collar and two buttons on the front and a small logo on the left side of the chest and "
            "the sleeves have a ribbed",
            "cut",
            hit_limit=True,
        ),
        describe("t-shirt", "the t-shirt is a yellow polo with a green crocodile logo", "unsupported"),
        Q.material("cotton pique"),
        title="U.S. Polo Assn. Men Mustard Polo T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: man in a white kurta with white-on-white chikankari floral embroidery, round neck; white pyjama; white
    # backdrop, body slightly turned. Caption: caption adapter (started over, ran to the limit); open answers: mdeberta;
    # closed: reference engine.
    case(
        "X904-014",
        caption(
            "This man is wearing a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "round neckline. The man wears a long pants. The pants are with cotton fabric and pure color patterns. The "
            "man wears a long pants. The pants",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.pattern("floral"),
        Q.material("cotton fabric"),
        details("kurta", "floral patterns"),
        Q.color("white"),
        is_a("kurta", "no", "contradiction"),
        describe(
            "kurta",
            "The man wears a long pants. The pants are with cotton fabric and pure color patterns. The man wears a "
            "long pants",
            "loop",
        ),
        title="See Designs Men White Chikan Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: man in a black jacquard Nehru jacket (sleeveless, mandarin collar) over a white long-sleeve kurta and white
    # churidar; white backdrop. Caption: untuned BLIP-2; open answers: mdeberta, description, details and material from
    # the fallback; closed: reference engine.
    case(
        "X904-015",
        caption("a man wearing a black vest and white pants"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("a black vest and white pants"),
        Q.sleeve_length("long", "contradiction"),
        Q.garment_type("vest"),
        describe("jacket", "the jacket is black with a white kurta underneath"),
        details(
            "jacket",
            "it has a mandarin collar and buttons down the front it has a mandarin collar and buttons down the front "
            "it has a mandarin collar and",
            "loop",
            hit_limit=True,
        ),
        Q.material("silk", "unsupported"),
        title="Vishudh Men Black Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a red-and-navy checked flannel shirt worn open over a white crew-neck t-shirt; grey jeans; white
    # backdrop. Caption: caption adapter (ran to the limit); open answers: mdeberta, the shirt's color from the
    # fallback; closed: reference engine.
    case(
        "X904-016",
        caption(
            "The gentleman wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric. It has a "
            "lapel neckline. This gentleman also wears a short-sleeve T-shirt with pure color patterns. The trousers "
            "this gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns"),
        Q.pattern("checked"),
        Q.color("white", "contradiction"),
        color_of("jeans", "blue", "contradiction"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        details("shirt", "lapel neckline"),
        describe("shirt", "long-sleeve shirt with lattice patterns"),
        Q.material("cotton fabric"),
        title="Basics Men Red Checked Shirt",
        category="Shirts",
        color="Red",
        gender="Men",
    ),
    # photo: man in shiny polyester-tricot navy blue track pants with two white side stripes, a plain grey t-shirt and
    # white sneakers; white backdrop. Caption: caption adapter (stopped on its own); open answers: mdeberta, the
    # description from the fallback; closed: reference engine.
    case(
        "X904-017",
        caption(
            "The lady wears a short-sleeve T-shirt with pure color patterns. The pants the lady wears is of long "
            "length. The pants are with cotton fabric and striped patterns.",
            "pronoun",
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        color_of("pants", "blue"),
        Q.pattern("striped"),
        details("pants", "striped patterns"),
        Q.material("cotton fabric", "unsupported"),
        is_a("pair of track pants", "yes"),
        describe(
            "pants",
            "Question: Describe the pants. Answer: the pants are blue with white stripes on the side Question: "
            "Describe the",
            "leak",
            hit_limit=True,
        ),
        title="Puma Men Navy Track Pants",
        category="Track Pants",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a beige long-sleeve kurta with thin brown vertical stripes; white pyjama; white backdrop. Caption:
    # untuned BLIP-2; open answers: mdeberta, material from the fallback; closed: reference engine.
    case(
        "X904-018",
        caption("a man in a beige shirt with stripes standing in front of a white wall"),
        color_of("kurta", "beige", kind="open"),
        wearing("a beige shirt with stripes"),
        Q.pattern("striped"),
        describe("kurta", "a beige shirt with stripes standing in front of a white wall"),
        details("kurta", "stripes"),
        Q.material(
            "the kurta is made of cotton and the pyjama is made of cotton and the kurta is made of cotton and the "
            "pyjama is made of",
            "loop",
            hit_limit=True,
        ),
        Q.sleeve_length("short", "contradiction"),
        is_a("kurta", "yes"),
        title="Mother Earth Men Beige Striped Kurta",
        category="Kurtas",
        color="Beige",
        gender="Men",
    ),
    # photo: man in a teal long-sleeve henley t-shirt (three-button placket); black jeans; white backdrop. Caption:
    # caption adapter (ran to the limit); open answers: mdeberta, both open colors from the fallback; closed: reference
    # engine.
    case(
        "X904-019",
        caption(
            "The man is wearing a long-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. It "
            "has a round neckline. The trousers this man wears is of long length. The trousers are with denim fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve T-shirt with pure color patterns"),
        Q.color("green"),
        Q.sleeve_length("long"),
        Q.material("denim", "contradiction"),
        color_of("jeans", "black", kind="open"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        details("jeans", "denim fabric and pure", "cut"),
        title="Jack & Jones Men Teal Henley T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: man in a solid pink slub-linen half-sleeve shirt, spread collar, untucked; white shorts; white backdrop.
    # Caption: caption adapter (stopped on its own); open answers: mdeberta, the shirt's color from the fallback;
    # closed: reference engine.
    case(
        "X904-020",
        caption(
            "Her shirt has short sleeves, cotton fabric and pure color patterns. It has a lapel neckline. The lady "
            "wears a medium short shorts.",
            "pronoun",
        ),
        wearing("shirt has short sleeves, cotton fabric and pure color patterns", who="he"),
        Q.color("pink"),
        color_of("shorts", "pink", "contradiction"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        Q.sleeve_length("short"),
        describe("shirt", "short sleeves, cotton fabric and pure color patterns"),
        details("shirt", "It has a lapel neckline"),
        Q.material("cotton fabric", "unsupported"),
        title="Basics Men Pink Slim Fit Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: man in a grey melange crew-neck t-shirt with a small swoosh on the chest; navy shorts; white backdrop,
    # front view only. Caption: untuned BLIP-2; open answers: mdeberta, details and material from the fallback; closed:
    # reference engine.
    case(
        "X904-021",
        caption("a man in a grey t-shirt and blue shorts"),
        color_of("t-shirt", "grey", kind="open"),
        color_of("shorts", "grey", "contradiction", kind="open"),
        wearing("a grey t-shirt and blue shorts"),
        Q.garment_type("t-shirt"),
        describe("t-shirt", "t-shirt", "non_answer"),
        details("t-shirt", "the t-shirt has a nike logo on the chest and the word nike on the back", "unsupported"),
        Q.material("cotton Question: What is the color of the shorts? Answer: blue", "leak"),
        title="Nike Men Grey T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: man in a black faux-leather biker jacket, open, over a white crew-neck t-shirt; blue jeans; white backdrop.
    # Caption: caption adapter (ran to the limit); open answers: mdeberta, jacket color and details from the fallback;
    # closed: reference engine.
    case(
        "X904-022",
        caption(
            "The gentleman wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "This gentleman also wears an outer clothing, with leather fabric and pure color patterns. The trousers "
            "this gentleman wears is of long length. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.color("black"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        Q.material("cotton fabric", "contradiction"),
        Q.garment_type("jacket"),
        Q.sleeve_length("short", "contradiction"),
        describe("jacket", "an outer clothing, with leather fabric and pure color patterns"),
        details(
            "jacket",
            "the jacket has a zipper on the front and zippers on the sleeves and two zip pockets at the waist and a "
            "belt at the hem with a silver",
            "cut",
            hit_limit=True,
        ),
        title="Flying Machine Men Black Jacket",
        category="Jackets",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white churidar (the product, gathered at the ankles) under a white knee-length kurta; white
    # backdrop, full length. Caption: untuned BLIP-2; open answers: mdeberta, details and material from the fallback;
    # closed: reference engine.
    case(
        "X904-023",
        caption("a man in a white kurta and white pants"),
        color_of("pants", "white", kind="open"),
        wearing("a white kurta and white pants"),
        Q.garment_type("kurta", "contradiction"),
        describe("pants", "pants", "non_answer"),
        details("pants", "the churidar is gathered at the ankles and has a drawstring waist", "unsupported"),
        is_a("kurta", "yes", "contradiction"),
        Q.material("cotton"),
        title="Fabindia Men White Churidar",
        category="Churidar",
        color="White",
        gender="Men",
    ),
    # photo: man in an olive green satin-finish nylon bomber jacket, zipped, ribbed collar, cuffs and hem, no hood;
    # black jeans; white backdrop. Caption: caption adapter (stopped on its own); open answers: mdeberta, jacket color,
    # description and details from the fallback; closed: reference engine.
    case(
        "X904-024",
        caption(
            "This female wears an outer clothing, with cotton fabric and pure color patterns. The pants this female "
            "wears is of long length. The pants are with denim fabric and solid color patterns.",
            "pronoun",
        ),
        wearing("an outer clothing, with cotton fabric"),
        Q.color("green"),
        color_of("jeans", "black"),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.garment_type("jacket"),
        describe("jacket", "jacket", "non_answer"),
        details("jacket", "the jacket has ribbed cuffs and a ribbed hem and a detachable hood", "unsupported"),
        Q.material("cotton fabric", "unsupported"),
        title="Indian Terrain Men Olive Jacket",
        category="Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: man in a multicolor paisley-printed kurta (mostly blue with green and orange), mandarin collar; white
    # pyjama; self-fabric buttons, no pocket; white backdrop. Caption: caption adapter (stopped on its own); open
    # answers: mdeberta, the details from the fallback; closed: reference engine.
    case(
        "X904-025",
        caption(
            "The gentleman wears a long-sleeve shirt with floral patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The gentleman wears a long pants."
        ),
        wearing("a long-sleeve shirt with floral patterns"),
        Q.color("blue"),
        Q.pattern("printed"),
        color_of("kurta", "floral", "non_answer", kind="open"),
        details("kurta", "the kurta has a mandarin collar and gold buttons and a chest pocket", "unsupported"),
        describe("kurta", "long-sleeve shirt with floral patterns"),
        Q.material("cotton fabric"),
        Q.sleeve_length("long"),
        title="Mother Earth Men Printed Kurta",
        category="Kurtas",
        color="Multi",
        gender="Men",
    ),
    # photo: man in a sky blue kurta, mandarin collar, button placket; white churidar; white backdrop. Caption: untuned
    # BLIP-2 (swapped the two colors); open answers: mdeberta, details and material from the fallback; closed: reference
    # engine.
    case(
        "X904-026",
        caption("a man in a white kurta with blue pants", "contradiction"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing("a white kurta with blue pants", "other_garment_color"),
        Q.color("blue"),
        Q.garment_type("kurta"),
        details(
            "kurta",
            "the kurta has a mandarin collar and a button placket that goes down to the middle of the chest and the "
            "sleeves are long with",
            "cut",
            hit_limit=True,
        ),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="Fabindia Men Blue Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: man in a black t-shirt with a large red skull graphic; blue ripped jeans; white backdrop. Caption: untuned
    # BLIP-2; open answers: mdeberta, details, jeans color and material from the fallback; closed: reference engine.
    case(
        "X904-027",
        caption("a man wearing a black t-shirt with a red skull on it"),
        color_of("t-shirt", "red", "contradiction", kind="open"),
        wearing("a black t-shirt with a red skull on it"),
        Q.pattern("graphic"),
        describe("t-shirt", "black t-shirt with a red skull"),
        details(
            "t-shirt",
            "Question: What are the t-shirt details? Answer: red skull Question: What are the jeans details? Answer: "
            "ripped",
            "leak",
            hit_limit=True,
        ),
        color_of("jeans", "black", "contradiction", kind="open"),
        Q.material(
            "cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, cotton, "
            "cotton, cotton",
            "loop",
            hit_limit=True,
        ),
        title="Ed Hardy Men Black Skull T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: man in a maroon crew-neck sweatshirt (no hood) with white "BROOKLYN" lettering; black joggers; white
    # backdrop. Caption: caption adapter (stopped on its own); open answers: mdeberta, sweatshirt color and description
    # from the fallback; closed: reference engine.
    case(
        "X904-028",
        caption(
            "Her sweater has long sleeves, cotton fabric and graphic patterns. It has a round neckline. The pants the "
            "lady wears is of long length.",
            "pronoun",
        ),
        wearing("sweater has long sleeves, cotton fabric and graphic patterns"),
        color_of("sweatshirt", "black", "other_garment_color", kind="open"),
        Q.color("red"),
        Q.pattern("graphic"),
        details("sweatshirt", "graphic patterns"),
        describe("sweatshirt", "the sweatshirt is maroon with a hood and a kangaroo pocket", "unsupported"),
        Q.material("cotton fabric"),
        title="Proline Men Maroon Sweatshirt",
        category="Sweatshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: man in khaki cotton-twill chinos, a navy polo tucked in, a brown leather belt; white backdrop. Caption:
    # untuned BLIP-2; open answers: mdeberta, description and material from the fallback; closed: reference engine.
    case(
        "X904-029",
        caption("a man in a blue shirt and khaki pants with a brown belt"),
        color_of("trousers", "blue", "other_garment_color", kind="open"),
        wearing("a blue shirt and khaki pants with a brown belt"),
        Q.color("beige"),
        Q.garment_type("trousers"),
        details("trousers", "a brown belt", "contradiction"),
        describe(
            "trousers",
            "the trousers are khaki and have a slim fit and a slim fit and a slim fit and a slim fit and a slim fit "
            "and a slim",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="Basics Men Khaki Trousers",
        category="Trousers",
        color="Khaki",
        gender="Men",
    ),
    # photo: man in a navy blue polo t-shirt with white tipping on the collar and sleeve bands; white shorts; white
    # backdrop. Caption: caption adapter (ran to the limit); open answers: mdeberta, t-shirt color and description from
    # the fallback; closed: reference engine.
    case(
        "X904-030",
        caption(
            "The guy wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. The "
            "neckline of the T-shirt is lapel. The guy wears a three-point shorts. The shorts are with cotton fabric "
            "and pure color patterns. The guy",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns"),
        Q.color("white", "contradiction"),
        color_of("shorts", "white"),
        color_of("t-shirt", "white", "other_garment_color", kind="open"),
        details("t-shirt", "The neckline of the T-shirt is lapel"),
        describe("t-shirt", "the t-shirt can be described as a t-shirt that is worn by the man", "restated"),
        Q.material("cotton fabric"),
        title="U.S. Polo Assn. Men Navy Polo T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a beige-and-gold brocade sherwani (knee-length, long sleeves, standing collar), cream churidar, a
    # maroon stole around the neck, mojari shoes; white backdrop. Caption: caption adapter (stopped on its own); open
    # answers: mdeberta, the sherwani's color from the fallback; closed: reference engine.
    case(
        "X904-031",
        caption(
            "The gentleman wears a long-sleeve dress with color block patterns. The dress is with other fabric. It has "
            "a standing neckline. There is an accessory on his neck.",
            "contradiction",
        ),
        wearing("a long-sleeve dress with color block patterns", "contradiction"),
        Q.garment_type("jacket"),
        Q.color("beige"),
        color_of("sherwani", "maroon", "other_garment_color", kind="open"),
        details("sherwani", "It has a standing neckline"),
        Q.material("other fabric", "non_answer"),
        is_a("sherwani", "yes"),
        title="Manyavar Men Beige Sherwani",
        category="Sherwani",
        color="Beige",
        gender="Men",
    ),
    # photo: man in light grey formal trousers, a white formal shirt tucked in, a black belt; cropped at the chest;
    # white backdrop. Caption: caption adapter (started over, ran to the limit); open answers: mdeberta, trousers color
    # and details from the fallback; closed: reference engine.
    case(
        "X904-032",
        caption(
            "The trousers this man wears is of long length. The trousers are with cotton fabric and pure color "
            "patterns. The trousers this man wears is of long length. The trousers are with cotton fabric and pure "
            "color patterns. The trousers",
            "loop",
            hit_limit=True,
        ),
        wearing("The trousers"),
        color_of("trousers", "white", "other_garment_color", kind="open"),
        Q.color("grey"),
        describe("trousers", "The trousers this man wears is of long length"),
        details("trousers", "the details of the trousers are the trousers details", "restated"),
        Q.material("cotton fabric"),
        is_a("pair of trousers", "yes"),
        title="Louis Philippe Men Grey Trousers",
        category="Trousers",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a white t-shirt with blue and green horizontal stripes, no pocket; beige shorts; white backdrop.
    # Caption: untuned BLIP-2; open answers: mdeberta, t-shirt color, details and material from the fallback; closed:
    # reference engine.
    case(
        "X904-033",
        caption("a man wearing a striped shirt and shorts"),
        color_of("t-shirt", "beige", "other_garment_color", kind="open"),
        wearing("a striped shirt and shorts"),
        Q.pattern("striped"),
        Q.color("blue"),
        describe("t-shirt", "striped shirt"),
        details("t-shirt", "the t-shirt has a pocket on the chest", "unsupported"),
        Q.sleeve_length("short"),
        Q.material(
            "the t-shirt is made of cotton and polyester and spandex and cotton and polyester and spandex and cotton "
            "and polyester and spandex and",
            "loop",
            hit_limit=True,
        ),
        title="United Colors of Benetton Men Striped T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in an indigo blue Nehru jacket with a slub linen texture (welt chest pocket, five buttons, no pocket
    # square) over a white kurta and white pyjama; white backdrop. The row has no color. Caption: untuned BLIP-2; open
    # answers: mdeberta, details and material from the fallback; closed: reference engine.
    case(
        "X904-034",
        caption("a man in a blue vest and white shirt"),
        color_of("jacket", "white", "other_garment_color", kind="open"),
        wearing("a blue vest and white shirt"),
        Q.color("blue"),
        Q.sleeve_length("sleeveless"),
        describe("jacket", "a blue vest"),
        details("jacket", "the jacket has a pocket square and three buttons", "unsupported"),
        Q.material("linen"),
        title="Fabindia Men Indigo Nehru Jacket",
        category="Nehru Jackets",
        gender="Men",
    ),
    # photo: man in an olive green crew-neck t-shirt with a chest pocket; black track pants; white backdrop. Caption:
    # caption adapter (ran to the limit); open answers: mdeberta, the t-shirt's color and the description from the
    # fallback; closed: reference engine.
    case(
        "X904-035",
        caption(
            "This man is wearing a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric. "
            "It has a round neckline. The pants this man wears is of long length. The pants are with cotton fabric "
            "and pure",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt", who="he"),
        Q.color("black", "contradiction"),
        color_of("pants", "black"),
        color_of("t-shirt", "black", "other_garment_color", kind="open"),
        Q.material("cotton fabric"),
        describe("t-shirt", "she is wearing a green t-shirt with a pocket", "pronoun"),
        details("pants", "cotton fabric and pure", "cut"),
        title="Puma Men Olive T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: man in grey acid-wash jeans faded at thighs and knees, a white t-shirt over the waistband; white backdrop,
    # front view. Caption: untuned BLIP-2; open answers: mdeberta, details, description and material from the fallback;
    # closed: reference engine.
    case(
        "X904-036",
        caption("a man in a white shirt and grey jeans"),
        color_of("jeans", "white", "other_garment_color", kind="open"),
        wearing("a white shirt and grey jeans"),
        Q.color("grey"),
        Q.garment_type("jeans"),
        details(
            "jeans",
            "the jeans are faded at the knees and have a button fly and a leather patch on the back pocket",
            "unsupported",
        ),
        describe("jeans", "the jeans are the jeans that the man is wearing", "restated"),
        Q.material("denim Question: What is the color of the jeans? Answer: grey", "leak"),
        title="Lee Men Grey Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: man in a plain peach V-neck kurta, no embroidery; white churidar; white backdrop. Caption: caption adapter
    # (stopped on its own); open answers: mdeberta, the description from the fallback; closed: reference engine.
    case(
        "X904-037",
        caption(
            "The lady wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has a "
            "V-shape neckline. The lady wears a long pants.",
            "pronoun",
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("pink"),
        details("kurta", "V-shape neckline"),
        color_of("kurta", "pure color", "non_answer", kind="open"),
        describe("kurta", "the kurta is peach with white embroidery on the neckline and sleeves", "unsupported"),
        Q.material("cotton fabric"),
        Q.pattern("solid"),
        title="Mother Earth Men Peach Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: man in a navy blue nylon windcheater with a hood and a front zip, zipped halfway over a grey t-shirt; blue
    # jeans; no bag; white backdrop. Caption: untuned BLIP-2; open answers: mdeberta, description, details and material
    # from the fallback; closed: reference engine.
    case(
        "X904-038",
        caption("a man wearing a blue jacket and jeans with a backpack", "unsupported"),
        color_of("jacket", "blue", kind="open"),
        wearing("a blue jacket and jeans"),
        Q.garment_type("sweatshirt", "contradiction"),
        describe("jacket", "the jacket is a jacket", "restated"),
        details(
            "jacket",
            "Question: What are the jacket details? Answer: the jacket has a hood and a zipper Question: What are the "
            "jeans details? Answer: the jeans",
            "leak",
            hit_limit=True,
        ),
        Q.material("nylon"),
        Q.sleeve_length("long"),
        title="Nike Men Navy Jacket",
        category="Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: man in a yellow-and-white gingham checked short-sleeve shirt; blue denim shorts; white backdrop. Caption:
    # caption adapter (stopped on its own); open answers: mdeberta, the shirt's color from the fallback; closed:
    # reference engine.
    case(
        "X904-039",
        caption(
            "The man is wearing a short-sleeve shirt with lattice patterns. The shirt is with cotton fabric and its "
            "neckline is lapel. The shorts are with denim fabric and solid color patterns."
        ),
        wearing("a short-sleeve shirt with lattice patterns"),
        Q.color("blue", "contradiction"),
        Q.pattern("checked"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        details("shirt", "its neckline is lapel"),
        Q.material("denim fabric", "contradiction"),
        describe("shirt", "short-sleeve shirt with lattice patterns"),
        color_of("shorts", "solid color", "non_answer", kind="open"),
        title="Basics Men Yellow Checked Shirt",
        category="Shirts",
        color="Yellow",
        gender="Men",
    ),
    # photo: man in a rust orange cable-knit crew-neck sweater, white shirt collar showing, beige chinos; white
    # backdrop, front view. Caption: untuned BLIP-2; open answers: mdeberta, details, material and the shirt's color
    # from the fallback; closed: reference engine.
    case(
        "X904-040",
        caption("a man wearing an orange sweater and white shirt with khaki pants"),
        color_of("sweater", "white", "other_garment_color", kind="open"),
        wearing("an orange sweater and white shirt with khaki pants"),
        Q.color("orange"),
        Q.pattern("striped", "contradiction"),
        describe("sweater", "an orange sweater"),
        details("sweater", "the sweater has a cable knit pattern on the front and on the back", "unsupported"),
        Q.material("wool"),
        color_of("shirt", "what is the color of the shirt the color of the shirt is white", "restated", kind="open"),
        title="Wills Lifestyle Men Rust Sweater",
        category="Sweaters",
        color="Rust",
        gender="Men",
    ),
    # photo: man in a black kurta with white thread-work on the yoke, mandarin collar, side slits; black churidar; white
    # backdrop. Caption: caption adapter (ran to the limit); open answers: mdeberta, the description from the fallback;
    # closed: reference engine.
    case(
        "X904-041",
        caption(
            "The gentleman wears a long-sleeve shirt with graphic patterns. The shirt is with cotton fabric. It has a "
            "standing neckline. The gentleman wears a long pants. The pants are with cotton fabric and pure color "
            "patterns. There is an",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with graphic patterns"),
        Q.color("white", "contradiction"),
        color_of("churidar", "black"),
        details("kurta", "graphic patterns"),
        describe(
            "kurta",
            "the kurta is black with white embroidery on the yoke and a mandarin collar and a concealed placket and "
            "side slits and the hem of the kurta",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton fabric"),
        is_a("kurta", "yes"),
        title="Manyavar Men Black Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: man in a white crew-neck t-shirt under an open mid-blue denim jacket; black jeans; white backdrop. Caption:
    # untuned BLIP-2; open answers: mdeberta, details and material from the fallback; closed: reference engine.
    case(
        "X904-042",
        caption("a man in a denim jacket and white t-shirt"),
        color_of("t-shirt", "denim", "other_garment_color", kind="open"),
        wearing("a denim jacket and white t-shirt"),
        Q.color("blue", "contradiction"),
        Q.garment_type("jacket", "contradiction"),
        describe("t-shirt", "white t-shirt"),
        details("t-shirt", "the t-shirt details are the details on the t-shirt", "restated"),
        Q.material("denim", "unsupported"),
        title="Levis Men White T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: man in a pale lavender formal shirt, full sleeves, buttoned barrel cuffs, tucked into grey trousers; white
    # backdrop. Caption: caption adapter (started over, ran to the limit); open answers: mdeberta, both colors and the
    # description from the fallback; closed: reference engine.
    case(
        "X904-043",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. It has "
            "a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline. The shirt is with cotton "
            "fabric. It has a lapel",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns"),
        Q.color("purple"),
        color_of("shirt", "grey", "other_garment_color", kind="open"),
        color_of("trousers", "purple", "contradiction", kind="open"),
        details("shirt", "It has a lapel neckline. The shirt is with cotton fabric. It has a lapel neckline", "loop"),
        Q.material("cotton fabric"),
        describe("shirt", "the shirt is a formal shirt with a spread collar and french cuffs", "unsupported"),
        Q.sleeve_length("long"),
        title="Arrow Men Lavender Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
    # photo: a boy of about eight in a bottle green art-silk kurta with self-fabric buttons, no border; cream pyjama;
    # white backdrop. Caption: untuned BLIP-2; open answers: mdeberta, description, details and material from the
    # fallback; closed: reference engine.
    case(
        "X904-044",
        caption("a young boy in a green kurta and white pants"),
        color_of("kurta", "green", kind="open"),
        wearing("a green kurta and white pants", who="the boy"),
        Q.color("green"),
        describe("kurta", "he is wearing a green kurta"),
        details(
            "kurta",
            "the kurta has golden buttons and a golden border on the neck and sleeves and the hem",
            "unsupported",
        ),
        Q.material("the garment is made of a fabric material", "restated"),
        Q.garment_type("kurta"),
        color_of("pyjama", "green", "contradiction"),
        title="Kidology Boys Green Kurta Pyjama",
        category="Kurta Sets",
        color="Green",
        gender="Boys",
    ),
    # photo: a man in a navy blue crew-neck sweatshirt with white collegiate lettering on the front; grey joggers; white
    # backdrop, front view. Unisex row. Caption: caption adapter (stopped on its own); open answers: mdeberta,
    # sweatshirt color, details (empty) and description from the fallback; closed: reference engine.
    case(
        "X904-045",
        caption(
            "The lady wears a long-sleeve sweater with graphic patterns. The sweater is with cotton fabric. It has a "
            "round neckline. The pants the lady wears is of long length.",
            "pronoun",
        ),
        wearing("a long-sleeve sweater with graphic patterns"),
        Q.color("blue"),
        color_of("sweatshirt", "grey", "other_garment_color", kind="open"),
        details("sweatshirt", "", "non_answer"),
        describe("sweatshirt", "the sweatshirt is blue with white letters on the front and the back", "unsupported"),
        Q.material("cotton fabric"),
        Q.pattern("graphic"),
        title="Nike Unisex Navy Sweatshirt",
        category="Sweatshirts",
        color="Navy Blue",
        gender="Unisex",
    ),
    # photo: man in a white long-sleeve shirt with small navy polka dots, plain cuffs, point collar; navy chinos; empty
    # hands; white backdrop. The row has no category. Caption: untuned BLIP-2; open answers: mdeberta, details and
    # material from the fallback; closed: reference engine.
    case(
        "X904-046",
        caption("a man in a white shirt with blue dots and blue pants holding a coffee cup", "unsupported"),
        color_of("shirt", "blue", "other_garment_color", kind="open"),
        wearing("a white shirt with blue dots and blue pants"),
        Q.pattern("printed"),
        describe("shirt", "a white shirt with blue dots"),
        details(
            "shirt", "the shirt has a button-down collar and a contrast blue lining inside the cuffs", "unsupported"
        ),
        Q.material("cotton Question: Is this a shirt? Answer: yes", "leak"),
        Q.sleeve_length("short", "contradiction"),
        title="Flying Machine Men White Printed Shirt",
        color="White",
        gender="Men",
    ),
]
