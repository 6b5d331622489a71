"""BLIND_617 (46 products; Myntra men's ethnic everyday: short kurtas, kurta sets, Nehru jackets, Pathani suits):
written blind in the fifty-second session. Measured blind at 94ddb22 (the session's final rules): 104/121 failures found
(86.0%) and 7/179 correct texts flagged (3.9%). The writer's notes, verbatim:

Scenario: a Myntra men's ethnic-everyday feed: short kurtas worn with jeans, chinos or churidars, kurta pyjama sets,
Nehru jackets styled over kurtas or shirts, and Pathani suits (long kurta with shirt collar and salwar). Model shots,
mostly on white or light studio backdrops, a few with props (a stool, a marigold garland, a plant, a shawl, a pocket
square, sunglasses). Seller columns as Myntra has them: title, category (Kurtas, Kurta Sets, Nehru Jackets), color
(base_colour), gender (Men); two rows lack gender, one lacks color, as real feeds do.

Who wrote what: every caption comes from the caption adapter after epoch 1
(leoreigoto/Data2_V2_BLIP2_Finetune_Caption_First_Epoch). Most captions follow the DeepFashion-MultiModal template
("The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is stand."), with the base model's
word "kurta" surviving; a few still read like the base model ("A man wearing a blue kurta ..."). The template's
women's data shows through ("The lady wears ..."), it adds "There is an accessory on his wrist." without a watch, it
names fabrics only from its own list (cotton, denim, furry), and it has no end token, so some captions loop or are cut
at the 50-token limit. Open answers (wearing, describe, details, material, open color questions) come from the VQA
adapter (leoreigoto/Data3_V3_BLIP2_VQA), free generation with 30 new tokens: short color and garment answers, one
color for every garment, colors taken from the bottom, a backdrop or a prop, loops, cuts, and the `Question: ...
Answer:` format continued. Closed answers (garment_type, color, pattern, sleeve length, "Is this a ...?", closed
color questions) come from enrich's `--engine reference`, which picks one candidate, so they never loop or stop short;
they can still pick a wrong candidate.

Labeling conventions and judgement calls:
- One label per text, the most salient failure. A loop that runs to the limit is "loop" (hit_limit=True), not "cut";
  a leak that runs to the limit is "leak" (hit_limit=True); "cut" is a text that stops mid-phrase at the limit and
  does not repeat itself.
- Calling the kurta (short or Pathani) a "shirt", "dress" or anything but a kurta/tunic is a contradiction of the
  seller's category; "vest" for a Nehru jacket and "salwar"/"pants"/"pyjama"/"trousers" for the bottom are accepted.
  Under a Nehru jacket the inner garment is named as the photo shows it (a shirt in X617-027, a kurta elsewhere).
- Shades are accepted within reason: teal as green or blue, maroon as red, peach as pink, mustard as yellow, cream
  as off white, charcoal as grey, rust as orange, khaki as beige. Navy/black or charcoal/black swaps were avoided.
- An open answer that gives the product (the labelled garment) the color of another garment it is worn with (the
  pyjama, jeans, the jacket over it, the kurta under it, a shawl) is "other_garment_color". A color for a garment that
  comes from a backdrop, a prop, footwear or sunglasses, a closed answer that picks the wrong candidate, and an open
  answer that gives a second garment the product's color (one color for two garments) are "contradiction".
- Materials: a fabric the title names is correct; a fabric the title contradicts (cotton for a linen kurta, furry for
  velvet) is "contradiction"; a fabric the title does not name and the photo cannot show (silk, wool, polyester,
  rayon, cotton blend, linen, cotton for an untagged jacket) is "unsupported". Denim and cotton are accepted where the
  title says so or the photo plainly shows denim.
- Invented details (pockets, zips, embroidery, mirror work, gold buttons, a watch or ring that is not in the photo)
  are "unsupported"; the template's accessory sentence is correct only where the photo shows a watch or similar.
- A one-word or bare garment-name answer to "Describe ..." / "What are ... details?" / the material question, and an
  empty answer, are "non_answer"; one color word as a whole answer to "What is the man wearing?" would be too, but a
  short garment answer ("a blue kurta") to that question is accepted as correct.
- Answers that only turn the question's words back ("the details of the kurta", "the garment is made of the material
  of the garment"), with or without a trailing fragment, are "restated".
- "she", "her", "the lady" for a Men row is "pronoun"; rows without gender carry no pronoun failures.
- Captions that stopped on their own (a newline the base model still emits) have hit_limit=False; every loop, every
  cut and the leaks that ran on are hit_limit=True.
"""

from tests.audit_corpus import BLIND_QUESTIONS as Q
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

neckline = question("neckline", "What is the neckline of the kurta?", "closed")
bottom = question("bottom", "What is the man wearing with the kurta?", "open")

BLIND_617 = [
    # photo: navy blue solid short kurta, mandarin collar, full sleeves, white churidar, brown juttis, white backdrop,
    # front view, no pockets visible. Caption: caption adapter epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-001",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. It has "
            "a stand neckline. The gentleman wears a long pants. The pants are with pure color patterns."
        ),
        wearing("a navy blue kurta and white churidar", who="the man"),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.pattern("solid"),
        Q.sleeve_length("long sleeves"),
        details(
            "kurta",
            "the kurta has a mandarin collar, a button placket and two side pockets with gold embroidery",
            "unsupported",
        ),
        title="Manyavar Men Navy Blue Solid Cotton Short Kurta",
        category="Kurtas",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: mustard yellow solid kurta with white pyjama, mandarin collar, full sleeves, plain grey backdrop, front.
    # Caption: caption adapter epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-002",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is stand. The pants this lady wears is of long length. The pants are with cotton fabric and pure "
            "color patterns.",
            "pronoun",
        ),
        wearing("yellow kurta and white pyjamas"),
        Q.color("mustard"),
        is_a("kurta", "yes"),
        color_of(
            "pyjama",
            "white white white white white white white white white white white white white white white "
            "white white white white white white white white white white white white white white white",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        describe(
            "kurta",
            "a yellow kurta with long sleeves and a mandarin collar Question: What is the color of the "
            "pyjama? Answer: white Question: Is this a kurta? Answer: yes",
            "leak",
            hit_limit=True,
        ),
        title="Sojanya Men Mustard Yellow Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Mustard",
        gender="Men",
    ),
    # photo: olive green Nehru jacket with a faint woven self design over a cream kurta and cream pyjama, white
    # backdrop, front view; jacket sleeveless, stand collar, six buttons. Caption: epoch 1; open: VQA; closed: ref.
    case(
        "X617-003",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing, with pure color patterns. The outer clothing is sleeveless. The pants are of long length."
        ),
        color_of("jacket", "cream", "other_garment_color", kind="open"),
        Q.garment_type("nehru jacket"),
        Q.sleeve_length("long sleeves", "contradiction"),
        describe("jacket", "an olive green sleeveless jacket with a mandarin collar and buttons down the front"),
        wearing("a green jacket over a cream kurta and pyjama", who="the man"),
        Q.material("cotton", "unsupported"),
        title="Vastramay Men Olive Green Woven Design Nehru Jacket",
        category="Nehru Jackets",
        color="Olive",
        gender="Men",
    ),
    # photo: black Pathani suit: knee-length kurta with shirt collar, one chest pocket, full sleeves with cuffs, black
    # salwar, black mojaris, white backdrop, front. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-004",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns.",
            "contradiction",
        ),
        wearing("a black pathani suit", who="the man"),
        Q.color("black"),
        details("kurta", "the kurta has a collar, a chest pocket and buttons"),
        is_a("shirt", "yes", "contradiction"),
        Q.material("the garment is made of the material of the garment", "restated"),
        title="House of Pataudi Men Black Solid Pathani Suit",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: indigo blue short kurta with an all-over white floral block print, mandarin collar, half placket, curved
    # hem, worn with blue jeans, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-005",
        caption(
            "The gentleman wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric and its "
            "neckline is stand. The gentleman wears a long denim pants. The denim pants are with denim fabric and pure "
            "color patterns."
        ),
        Q.pattern("solid", "contradiction"),
        color_of("kurta", "blue", kind="open"),
        wearing("a blue printed kurta and blue jeans"),
        describe(
            "kurta",
            "a blue and white floral printed short kurta with long sleeves, a mandarin collar, a curved "
            "hem and a half button placket with white",
            "cut",
            hit_limit=True,
        ),
        Q.material("cotton"),
        title="Fabindia Men Indigo Cotton Printed Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: white chikankari kurta (white-on-white thread embroidery on yoke and placket) with white pyjama, light
    # grey backdrop, front. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-006",
        caption(
            "The lady is wearing a long-sleeve kurta with other patterns. It has a stand neckline. The pants the lady "
            "wears are of long length with pure color patterns.",
            "pronoun",
        ),
        Q.color("white"),
        Q.pattern("embroidered"),
        details("kurta", "white thread embroidery on the front placket and yoke, a mandarin collar and long sleeves"),
        wearing("a white kurta and pyjama", who="the man"),
        Q.material("silk", "unsupported"),
        title="Jompers Men White Chikankari Embroidered Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: navy Nehru jacket with a small paisley print over a white kurta and white churidar, brown mojaris, white
    # backdrop, no watch. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-007",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing, with graphic patterns. There is an accessory on his wrist. The pants are of long length.",
            "unsupported",
        ),
        color_of("jacket", "navy blue"),
        Q.pattern("printed"),
        describe("jacket", "a white nehru jacket with a stand collar and buttons", "other_garment_color"),
        wearing(
            "a blue vest and white kurta vest and white kurta vest and white kurta vest and white kurta vest and "
            "white kurta vest and",
            "loop",
            hit_limit=True,
        ),
        is_a("jacket", "yes"),
        title="Hangup Men Navy Blue Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon solid short kurta, stand collar, button placket, full sleeves, side slits, no pocket, black jeans,
    # white backdrop, front.
    # Caption: epoch 1 (looped to the limit); open: VQA adapter; closed: reference engine.
    case(
        "X617-008",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is stand. The gentleman "
            "wears a long denim pants. The denim pants are with denim fabric and pure color patterns. The gentleman "
            "wears a long-sleeve kurta with pure color patterns. Its neckline is stand. The",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "maroon", kind="open"),
        color_of("jeans", "maroon", "contradiction", kind="open"),
        Q.sleeve_length("long sleeves"),
        Q.garment_type("kurta"),
        wearing("he is wearing a maroon kurta and black jeans", who="the man"),
        details(
            "kurta",
            "a stand collar, side slits, a button placket and a pocket on the left chest with a pen",
            "unsupported",
        ),
        title="KISAH Men Maroon Solid Short Kurta",
        category="Kurtas",
        color="Maroon",
        gender="Men",
    ),
    # photo: olive green Pathani suit: long kurta with shirt collar, two flap chest pockets, cuffs, olive salwar, brown
    # kolhapuri chappals, hands behind back, white backdrop. Caption: epoch 1 (base-like, cut); open: VQA; closed: ref.
    case(
        "X617-009",
        caption(
            "A man wearing an olive green pathani suit with two pockets on the chest standing with his hands behind "
            "his back in front of a white wall and wearing brown sandals and a pair of",
            "cut",
            hit_limit=True,
        ),
        wearing("an olive green kurta and salwar", who="the man"),
        Q.color("olive"),
        details("kurta", "two flap pockets on the chest, a shirt collar and full sleeves with cuffs"),
        Q.material("denim", "unsupported"),
        is_a("kurta", "no", "contradiction"),
        title="Mr Button Men Olive Green Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Olive",
        gender="Men",
    ),
    # photo: sky blue solid kurta, white pyjama, mandarin collar, short placket, full sleeves; light pink wall with a
    # potted plant on the left. Caption: epoch 1; open: VQA adapter (white for everything); closed: reference engine.
    case(
        "X617-010",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. It has a stand neckline. The pants this "
            "gentleman wears is of long length with pure color patterns."
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        wearing("a white kurta and white pyjamas", "other_garment_color", who="the man"),
        Q.color("blue"),
        describe("kurta", "a light blue kurta with full sleeves, a mandarin collar and a short button placket"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "blue", "non_answer"),
        title="See Designs Men Blue Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Blue",
        gender="Men",
    ),
    # photo: mustard brocade Nehru jacket (gold woven motifs), gold-tone buttons, welt chest pocket and two lower welt
    # pockets, over black kurta and black churidar, beige backdrop. Caption: epoch 1; open: VQA; closed: reference.
    case(
        "X617-011",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing, with complicated patterns. The pants are of long length with pure color patterns."
        ),
        color_of("jacket", "black", "other_garment_color", kind="open"),
        Q.color("yellow"),
        Q.material("brocade"),
        details(
            "jacket",
            "the jacket has a mandarin collar, gold buttons, a welt pocket on the chest and two pockets at the waist",
        ),
        wearing("Question: What is the man wearing? Answer: a yellow jacket and a black kurta", "leak", who="the man"),
        title="Manyavar Men Mustard Woven Design Brocade Nehru Jacket",
        category="Nehru Jackets",
        color="Mustard",
        gender="Men",
    ),
    # photo: white short kurta, thin black pinstripes, band collar, five-button placket, full sleeves with buttoned
    # cuffs, curved hem, side slits, no pocket, blue jeans, white sneakers, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-012",
        caption(
            "The gentleman wears a long-sleeve kurta with stripe patterns. Its neckline is stand. The gentleman wears "
            "a long denim pants with denim fabric and pure color patterns."
        ),
        Q.pattern("striped"),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        wearing("a white striped kurta with jeans"),
        Q.sleeve_length("short sleeves", "contradiction"),
        describe("kurta", "a white and black striped short kurta with a band collar and long sleeves"),
        details(
            "kurta",
            "a band collar, a five button placket, long sleeves with buttoned cuffs, a curved hem and "
            "side slits on both",
            "cut",
            hit_limit=True,
        ),
        title="Roadster Men White & Black Striped Short Kurta",
        category="Kurtas",
        color="White",
        gender="Men",
    ),
    # photo: maroon kurta with gold thread embroidery round the neckline and placket, cream churidar, gold wristwatch,
    # seated on a wooden stool, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-013",
        caption(
            "The gentleman wears a long-sleeve kurta with complicated patterns. Its neckline is stand. The pants this "
            "gentleman wears is of long length. The pants are with pure color patterns. There is an accessory on his "
            "wrist."
        ),
        Q.color("maroon"),
        color_of("churidar", "maroon", "contradiction", kind="open"),
        details("kurta", "gold embroidery around the neckline and placket"),
        Q.pattern("embroidered"),
        wearing("she is wearing a maroon kurta and cream churidar", "pronoun", who="the man"),
        bottom(
            "a maroon kurta with gold embroidery on the collar and placket, cream churidar and a gold watch on his "
            "left wrist and brown",
            "cut",
            hit_limit=True,
        ),
        title="Sojanya Men Maroon Embroidered Kurta with Churidar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue Pathani suit, shirt collar, one chest pocket, buttoned cuffs, navy salwar, black sandals, white
    # backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-014",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns."
        ),
        wearing(
            "navy blue pathani suit navy blue pathani suit navy blue pathani suit navy blue pathani suit navy "
            "blue pathani suit navy",
            "loop",
            hit_limit=True,
        ),
        Q.color("navy blue"),
        is_a("kurta", "yes"),
        Q.material("yes", "non_answer"),
        neckline("shirt collar"),
        details(
            "kurta",
            "the kurta has a shirt collar, one chest pocket and buttoned cuffs and it is worn with a "
            "navy salwar and black",
            "cut",
            hit_limit=True,
        ),
        title="Jompers Men Navy Blue Pathani Suit",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: peach short kurta with a small white floral print, mandarin collar, three-button half placket, white
    # trousers, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-015",
        caption(
            "The lady wears a long-sleeve kurta with floral patterns. The kurta is with cotton fabric. It has a stand "
            "neckline. The lady wears a long trousers with pure color patterns.",
            "pronoun",
        ),
        color_of("kurta", "pink", kind="open"),
        Q.pattern("floral"),
        details("kurta", "small white flowers printed all over, a mandarin collar, a half placket with three buttons"),
        wearing("a pink shirt and white pants", "contradiction", who="the man"),
        Q.material("cotton"),
        title="Vastramay Men Peach Floral Printed Cotton Short Kurta",
        category="Kurtas",
        color="Peach",
        gender="Men",
    ),
    # photo: grey melange Nehru jacket, stand collar, five buttons, welt chest pocket, over white kurta and white
    # pyjama, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-016",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with pure color patterns. It has a stand neckline. The pants this gentleman wears is of long "
            "length. The pants are with pure color patterns."
        ),
        color_of("jacket", "grey", kind="open"),
        describe(
            "jacket",
            "a grey sleeveless nehru jacket with a mandarin collar, five buttons and a zipper pocket on the chest",
            "unsupported",
        ),
        Q.sleeve_length("sleeveless"),
        is_a("jacket", "yes"),
        wearing("a grey jacket over a white kurta and white pants"),
        details("jacket", "Answer: a mandarin collar, five buttons and a welt pocket", "leak"),
        title="Hangup Men Grey Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: teal solid cotton kurta with white pyjama, mandarin collar, beige curtain backdrop, front.
    # Caption: epoch 1 (cut at the limit); open: VQA adapter; closed: reference engine.
    case(
        "X617-017",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric and its "
            "neckline is stand. The pants this gentleman wears is of long length. The pants are with cotton fabric "
            "and pure color patterns. There is",
            "cut",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        Q.color("teal"),
        wearing("a green kurta and white pyjama", who="the man"),
        details("kurta", "the kurta details are the kurta details", "restated"),
        Q.pattern("solid"),
        title="Mr Button Men Teal Solid Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Teal",
        gender="Men",
    ),
    # photo: beige Pathani suit, shirt collar, chest pocket, beige salwar, brown leather sandals, sunglasses held in
    # the right hand, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-018",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns. There is an accessory in his hand.",
            "contradiction",
        ),
        wearing("a beige kurta and salwar"),
        color_of("kurta", "beige", kind="open"),
        Q.color("khaki"),
        describe(
            "kurta",
            "a beige kurta with a collar and long sleeves and a pocket on the chest and a pocket on the "
            "chest and a pocket on the chest and a pocket on",
            "loop",
            hit_limit=True,
        ),
        Q.material("linen", "unsupported"),
        title="House of Pataudi Men Beige Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Beige",
        gender="Men",
    ),
    # photo: black short kurta with a white geometric print, stand collar, beige chinos, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-019",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. Its neckline is stand. The gentleman wears "
            "a long pants with pure color patterns."
        ),
        color_of("kurta", "beige", "other_garment_color", kind="open"),
        Q.pattern("printed"),
        Q.color("black"),
        wearing("a black and white printed kurta and khaki pants", who="the man"),
        describe("kurta", "her kurta is black with a white print and a mandarin collar", "pronoun"),
        details(
            "kurta",
            "Question: What are the kurta details? Answer: black and white print, mandarin collar "
            "Question: What is the",
            "leak",
            hit_limit=True,
        ),
        title="Here&Now Men Black Printed Short Kurta",
        category="Kurtas",
        color="Black",
        gender="Men",
    ),
    # photo: three-piece: cream kurta and cream pyjama with a maroon Nehru jacket over them, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-020",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with pure color patterns. The pants are of long length."
        ),
        color_of("kurta", "maroon", "other_garment_color", kind="open"),
        Q.color("cream"),
        wearing("a maroon vest, a cream kurta and cream pants", who="the man"),
        is_a("kurta", "yes"),
        Q.garment_type("nehru jacket", "contradiction"),
        Q.material("the material of the garment is", "restated"),
        title="Manyavar Men Cream Kurta Pyjama with Maroon Nehru Jacket",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: lavender slim-fit short kurta, mandarin collar, concealed placket, curved hem with side slits, full
    # sleeves, white pyjama, white backdrop.
    # Caption: epoch 1 (base-like); open: VQA adapter; closed: reference engine.
    case(
        "X617-021",
        caption("A man in a purple kurta and white pants standing in front of a white background"),
        color_of("kurta", "purple", kind="open"),
        Q.color("lavender"),
        wearing("he is wearing a purple kurta and white pants"),
        describe("kurta", "purple", "non_answer"),
        details(
            "kurta",
            "a mandarin collar, a concealed placket, long sleeves and a curved hem with side slits and a small",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("long sleeves"),
        Q.material(
            "cotton Question: What is the sleeve length of the garment? Answer: long sleeves Question: What",
            "leak",
            hit_limit=True,
        ),
        title="Fabindia Men Lavender Cotton Slim Fit Short Kurta",
        category="Kurtas",
        color="Lavender",
        gender="Men",
    ),
    # photo: charcoal grey Pathani suit, shirt collar, flap chest pocket, buttoned cuffs, curved hem with side slits,
    # black mojaris, three-quarter view, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-022",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears long trousers with pure color patterns."
        ),
        color_of("kurta", "grey", kind="open"),
        wearing("a grey kurta and grey pants"),
        details(
            "kurta",
            "a shirt collar, a chest pocket with a flap, full sleeves with buttoned cuffs and a curved "
            "hem with side slits and a shirt collar, a chest pocket",
            "loop",
            hit_limit=True,
        ),
        Q.material("cotton blend", "unsupported"),
        is_a("jacket", "no"),
        title="Jompers Men Charcoal Grey Solid Pathani Suit",
        category="Kurta Sets",
        color="Charcoal",
        gender="Men",
    ),
    # photo: black Nehru jacket with black buttons and a red pocket square, over white kurta and white churidar, white
    # backdrop. Row has no gender. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-023",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with pure color patterns. There is an accessory in his pocket."
        ),
        color_of("jacket", "black"),
        describe("jacket", "a black nehru jacket with a red pocket square and gold buttons", "unsupported"),
        wearing("a black jacket and white kurta and white pants"),
        Q.pattern("solid"),
        color_of("kurta", "red", "contradiction", kind="open"),
        title="Vastramay Men Black Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Black",
    ),
    # photo: green kurta with a gold foil print on the yoke, white pyjama, mustard yellow wall behind.
    # Caption: epoch 1 (looped); open: VQA adapter; closed: reference engine.
    case(
        "X617-024",
        caption(
            "The gentleman wears a long-sleeve kurta with graphic patterns. Its neckline is stand. The pants this "
            "gentleman wears is of long length. The pants are with pure color patterns. The gentleman wears a "
            "long-sleeve kurta with graphic patterns. Its neckline is stand. The pants this",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "yellow", "contradiction", kind="open"),
        Q.color("green"),
        Q.pattern("printed"),
        details("kurta", "gold foil print on the yoke, mandarin collar and long sleeves"),
        describe("kurta", "a white kurta with a gold print on the yoke", "other_garment_color"),
        wearing(
            "green kurta and white pyjama Question: What is the color of the kurta? Answer: green Question: What "
            "is the color of the pyjama",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        title="Sojanya Men Green Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="Green",
        gender="Men",
    ),
    # photo: rust orange linen short kurta, stand collar, sleeves rolled to the elbow, off-white trousers, white
    # backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-025",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. Its "
            "neckline is stand. The gentleman wears a long pants with pure color patterns.",
            "contradiction",
        ),
        Q.material("linen"),
        color_of("kurta", "orange", kind="open"),
        is_a("kurta", "yes"),
        wearing("an orange kurta and white pants", who="the man"),
        describe(
            "kurta",
            "the kurta is orange and the kurta is orange and the kurta is orange and the kurta is orange "
            "and the kurta is",
            "loop",
            hit_limit=True,
        ),
        title="Fabindia Men Rust Linen Short Kurta",
        category="Kurtas",
        color="Rust",
        gender="Men",
    ),
    # photo: white Pathani suit, shirt collar, white salwar, black sunglasses on the face, steel wristwatch, grey
    # backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-026",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears long trousers with pure color patterns. There is an accessory on his wrist. The gentleman wears "
            "sunglasses."
        ),
        wearing("white kurta and white pants"),
        Q.color("white"),
        details("kurta", "it has a collar"),
        color_of("salwar", "black", "contradiction", kind="open"),
        Q.material("polyester", "unsupported"),
        title="Mr Button Men White Solid Pathani Suit",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: beige self-design Nehru jacket over a sky blue full-sleeve shirt and blue jeans, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-027",
        caption(
            "The gentleman wears a long-sleeve shirt with pure color patterns. The gentleman also wears an outer "
            "clothing with pure color patterns. The gentleman wears a long denim pants."
        ),
        color_of("jacket", "blue", "other_garment_color", kind="open"),
        Q.color("beige"),
        wearing("a beige vest over a blue shirt and jeans"),
        describe("jacket", "the jacket is a jacket", "restated"),
        Q.sleeve_length("sleeveless"),
        details("jacket", "", "non_answer"),
        title="Hangup Men Beige Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Beige",
        gender="Men",
    ),
    # photo: pink solid kurta, mandarin collar, plain cuffs and hem, white pyjama, barefoot, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-028",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. Its neckline is stand. The lady wears long "
            "pants with pure color patterns.",
            "pronoun",
        ),
        color_of(
            "kurta",
            "pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink pink "
            "pink pink pink pink pink pink pink pink pink pink pink pink",
            "loop",
            kind="open",
            hit_limit=True,
        ),
        Q.color("pink"),
        wearing("a pink kurta and white pyjamas", who="the man"),
        Q.sleeve_length("long sleeves"),
        describe(
            "kurta",
            "a pink kurta with a mandarin collar and long sleeves and embroidered cuffs and an "
            "embroidered hem with mirror work",
            "unsupported",
        ),
        title="See Designs Men Pink Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Pink",
        gender="Men",
    ),
    # photo: mustard cotton short kurta, black ikat print, stand collar, hem over the waist (no belt seen), blue
    # jeans, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-029",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with cotton fabric. Its "
            "neckline is stand. The gentleman wears a long denim pants.",
            "contradiction",
        ),
        Q.pattern("printed"),
        color_of("kurta", "yellow and black", kind="open"),
        wearing("a yellow and black kurta and blue jeans"),
        details("kurta", "the kurta has a black ikat print"),
        Q.material("cotton"),
        is_a("shirt", "no"),
        bottom("blue jeans and a black belt with a silver buckle", "unsupported"),
        title="Vastramay Men Mustard & Black Ikat Print Cotton Short Kurta",
        category="Kurtas",
        color="Mustard",
        gender="Men",
    ),
    # photo: maroon velvet Nehru jacket, covered buttons, white pocket square in the welt chest pocket, over a black
    # kurta and black churidar, dark grey backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-030",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with pure color patterns. The outer clothing is with furry fabric.",
            "contradiction",
        ),
        color_of("jacket", "red", kind="open"),
        Q.material("velvet"),
        wearing("a red jacket and black kurta and black pants", who="the man"),
        describe(
            "jacket",
            "a maroon velvet jacket with a mandarin collar, covered buttons and a welt pocket on the "
            "left side of the chest with a white pocket",
            "cut",
            hit_limit=True,
        ),
        Q.sleeve_length("sleeveless"),
        title="Manyavar Men Maroon Velvet Nehru Jacket",
        category="Nehru Jackets",
        color="Maroon",
        gender="Men",
    ),
    # photo: navy blue cotton kurta, white pyjama, hands in the kurta's side pockets, smiling, light blue wall.
    # Caption: epoch 1 (base-like, cut); open: VQA adapter; closed: reference engine.
    case(
        "X617-031",
        caption(
            "A man wearing a blue kurta and white pyjamas standing in front of a blue wall with his hands in his "
            "pockets and smiling at the camera with a white",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue kurta"),
        color_of("kurta", "blue", kind="open"),
        color_of("pyjama", "blue", "contradiction", kind="open"),
        is_a("kurta", "yes"),
        Q.material("cotton"),
        details("kurta", "the details of the kurta", "restated"),
        title="Jompers Men Navy Blue Cotton Kurta with Pyjamas",
        category="Kurta Sets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: maroon Pathani suit, shirt collar, maroon salwar, tan mojaris, no watch or jewellery, beige backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-032",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns. There is an accessory on his wrist.",
            "unsupported",
        ),
        color_of("kurta", "maroon", kind="open"),
        Q.color("maroon"),
        wearing("a maroon kurta and maroon salwar"),
        Q.garment_type("kurta set"),
        describe("kurta", "kurta", "non_answer"),
        title="House of Pataudi Men Maroon Solid Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Maroon",
        gender="Men",
    ),
    # photo: white short kurta with blue thread embroidery on the placket and collar, blue jeans, white backdrop.
    # Row has no color. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-033",
        caption(
            "The gentleman wears a long-sleeve kurta with other patterns. Its neckline is stand. The gentleman wears a "
            "long denim pants with denim fabric and pure color patterns."
        ),
        color_of("kurta", "blue", "other_garment_color", kind="open"),
        Q.color("white"),
        wearing("white kurta and blue jeans", who="the man"),
        details("kurta", "blue thread embroidery on the placket and mandarin collar"),
        Q.material("linen", "unsupported"),
        Q.sleeve_length("long sleeves"),
        title="Mast & Harbour Men White Embroidered Short Kurta",
        category="Kurtas",
        gender="Men",
    ),
    # photo: navy Nehru jacket with a subtle check, stand collar, five buttons, welt chest pocket and two lower
    # pockets, over white kurta and beige trousers, white backdrop. Caption: epoch 1; open: VQA; closed: reference.
    case(
        "X617-034",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with lattice patterns. The pants are of long length with pure color patterns."
        ),
        Q.pattern("checked"),
        color_of("jacket", "blue", kind="open"),
        wearing(
            "Question: What is the man wearing? Answer: a blue jacket Question: What is the man wearing? Answer: "
            "a blue jacket Question:",
            "leak",
            who="the man",
            hit_limit=True,
        ),
        describe(
            "jacket",
            "a navy blue checked nehru jacket with a stand collar, five buttons, a welt pocket on the chest and two",
            "cut",
            hit_limit=True,
        ),
        Q.material("wool", "unsupported"),
        title="Hangup Men Navy Blue Checked Nehru Jacket",
        category="Nehru Jackets",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: yellow solid kurta, white churidar, an orange marigold garland hung on the white wall behind.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-035",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is stand. The pants this "
            "gentleman wears is of long length. There are flowers behind him."
        ),
        color_of("kurta", "orange", "contradiction", kind="open"),
        Q.color("yellow"),
        wearing("he is wearing a yellow kurta with white churidar", who="the man"),
        details("kurta", "a mandarin collar, a half button placket and full sleeves"),
        is_a("kurta", "yes"),
        Q.material("silk", "unsupported"),
        describe("kurta", "describe the kurta. a yellow kurta", "restated"),
        title="Sojanya Men Yellow Solid Kurta with Churidar",
        category="Kurta Sets",
        color="Yellow",
        gender="Men",
    ),
    # photo: sea green Pathani suit, shirt collar, two chest pockets, cuffs, matching salwar, white backdrop. Row has
    # no gender. Caption: epoch 1 (looped); open: VQA adapter; closed: reference engine.
    case(
        "X617-036",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns. The gentleman wears a long-sleeve kurta with pure color "
            "patterns. Its neckline is lapel. The gentleman wears a long",
            "loop",
            hit_limit=True,
        ),
        color_of("kurta", "green", kind="open"),
        wearing("a green kurta and salwar"),
        Q.color("sea green"),
        describe("kurta", "a sea green kurta with a shirt collar, two chest pockets and full sleeves with cuffs"),
        details(
            "kurta",
            "the kurta has a shirt collar, two chest pockets with flaps, cuffs, and a zip on the side",
            "unsupported",
        ),
        title="Mr Button Men Sea Green Pathani Suit",
        category="Kurta Sets",
        color="Sea Green",
    ),
    # photo: olive full-sleeve short kurta, white piping on collar and placket, white jeans, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-037",
        caption(
            "The lady wears a long-sleeve kurta with pure color patterns. Its neckline is stand. The lady wears a long "
            "denim pants. The denim pants are with denim fabric and pure color patterns.",
            "pronoun",
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        Q.color("olive"),
        wearing("an olive kurta and white jeans", who="the man"),
        details("kurta", "white piping on the collar and placket"),
        bottom("white jeans"),
        Q.sleeve_length("short sleeves", "contradiction"),
        title="Highlander Men Olive Solid Short Kurta",
        category="Kurtas",
        color="Olive",
        gender="Men",
    ),
    # photo: rust Nehru jacket with a paisley floral print over a white kurta and white pyjama, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-038",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with floral patterns."
        ),
        color_of("jacket", "orange", kind="open"),
        Q.pattern("solid", "contradiction"),
        wearing("an orange jacket over a white kurta pyjama", who="the man"),
        describe("jacket", "a white jacket with a floral print", "other_garment_color"),
        Q.material("cotton", "unsupported"),
        title="Vastramay Men Rust Printed Nehru Jacket",
        category="Nehru Jackets",
        color="Rust",
        gender="Men",
    ),
    # photo: all-black kurta and pyjama, mandarin collar, concealed placket, white sneakers, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-039",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is stand. The pants this "
            "gentleman wears is of long length. The pants are with pure color patterns."
        ),
        color_of("kurta", "black", kind="open"),
        color_of("pyjama", "white", "contradiction", kind="open"),
        wearing("she is wearing a black kurta and pyjama", "pronoun"),
        Q.sleeve_length("long sleeves"),
        details("kurta", "a mandarin collar and concealed buttons"),
        neckline("mandarin collar"),
        title="Manyavar Men Black Solid Kurta with Pyjamas",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: plain blue denim short kurta, mandarin collar, metal snap buttons, one chest pocket, black trousers, white
    # backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-040",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The kurta is with denim fabric. Its "
            "neckline is stand. The gentleman wears a long pants with pure color patterns."
        ),
        Q.material("denim"),
        color_of("kurta", "black", "other_garment_color", kind="open"),
        wearing("a denim shirt and black pants", "contradiction", who="the man"),
        details("kurta", "the kurta has metal snap buttons, a chest pocket and a mandarin collar"),
        Q.pattern("striped", "contradiction"),
        is_a("kurta", "yes"),
        title="Roadster Men Blue Denim Short Kurta",
        category="Kurtas",
        color="Blue",
        gender="Men",
    ),
    # photo: cream Pathani suit, shirt collar, cream salwar, a brown wool shawl draped over the left shoulder, brown
    # leather sandals, white backdrop. Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-041",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns. There is a scarf on his shoulder."
        ),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        Q.color("off white"),
        wearing("a cream kurta with a brown shawl and cream salwar"),
        Q.material(
            "the garment is made of cotton fabric and the garment is made of cotton fabric and the garment is "
            "made of cotton",
            "loop",
            hit_limit=True,
        ),
        Q.garment_type("kurta set"),
        title="Jompers Men Cream-Coloured Solid Pathani Suit",
        category="Kurta Sets",
        color="Cream",
        gender="Men",
    ),
    # photo: off-white Nehru jacket with a tone-on-tone woven self design and matching buttons, over a white kurta and
    # beige churidar, white backdrop. Caption: epoch 1 (cut); open: VQA adapter; closed: reference engine.
    case(
        "X617-042",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. The gentleman also wears an outer "
            "clothing with complicated patterns. The outer clothing is sleeveless. It has a stand neckline. The "
            "gentleman wears a long pants. The pants are with pure color patterns. The gentleman",
            "cut",
            hit_limit=True,
        ),
        color_of("jacket", "white", kind="open"),
        Q.pattern("self design"),
        wearing(
            "white jacket white kurta white jacket white kurta white jacket white kurta white jacket white kurta white",
            "loop",
            who="the man",
            hit_limit=True,
        ),
        describe(
            "jacket", "an off white nehru jacket with a self design woven pattern, mandarin collar and matching buttons"
        ),
        is_a("jacket", "no", "contradiction"),
        Q.material("silk", "unsupported"),
        title="Manyavar Men Off-White Self Design Nehru Jacket",
        category="Nehru Jackets",
        color="Off White",
        gender="Men",
    ),
    # photo: white kurta with a navy floral print, white pyjama, white backdrop, front view.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-043",
        caption(
            "The gentleman wears a long-sleeve kurta with floral patterns. Its neckline is stand. The pants this "
            "gentleman wears is of long length with pure color patterns."
        ),
        color_of("kurta", "white and blue", kind="open"),
        Q.pattern("floral"),
        describe(
            "kurta",
            "a white kurta with blue flowers Question: Describe the pyjama. Answer: white pyjama with a "
            "drawstring Question:",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue kurta and blue pyjama", "contradiction"),
        Q.material("rayon", "unsupported"),
        title="See Designs Men White & Navy Blue Floral Printed Kurta with Pyjamas",
        category="Kurta Sets",
        color="White",
        gender="Men",
    ),
    # photo: khaki short kurta with thin white checks, stand collar, brown trousers, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-044",
        caption(
            "The gentleman wears a long-sleeve kurta with lattice patterns. The kurta is with cotton fabric. Its "
            "neckline is stand. The gentleman wears a long pants with pure color patterns."
        ),
        color_of("kurta", "brown", "other_garment_color", kind="open"),
        Q.pattern("checked"),
        wearing("a khaki checked kurta and brown trousers", who="the man"),
        Q.material("cotton"),
        describe("kurta", "the kurta", "non_answer"),
        title="Fabindia Men Khaki Checked Cotton Short Kurta",
        category="Kurtas",
        color="Khaki",
        gender="Men",
    ),
    # photo: black Pathani kurta with white salwar, shirt collar, black mojaris, white backdrop.
    # Caption: epoch 1; open: VQA adapter; closed: reference engine.
    case(
        "X617-045",
        caption(
            "The gentleman wears a long-sleeve kurta with pure color patterns. Its neckline is lapel. The gentleman "
            "wears a long trousers with pure color patterns."
        ),
        color_of("kurta", "white", "other_garment_color", kind="open"),
        color_of("salwar", "white", kind="open"),
        Q.color("black"),
        wearing("a black kurta and white salwar"),
        details("kurta", "what are the kurta details? the kurta has a collar", "restated"),
        is_a("shirt", "yes", "contradiction"),
        title="Mr Button Men Black & White Pathani Kurta with Salwar",
        category="Kurta Sets",
        color="Black",
        gender="Men",
    ),
    # photo: teal blue Nehru jacket with silver buttons and a chest pocket, over black kurta and black churidar, black
    # shoes, grey backdrop. Caption: epoch 1 (base-like, looped); open: VQA adapter; closed: reference engine.
    case(
        "X617-046",
        caption(
            "A man wearing a blue vest over a black kurta and black pants and a pair of black shoes and a blue vest "
            "over a black kurta and black pants and a pair of black shoes and a blue vest",
            "loop",
            hit_limit=True,
        ),
        color_of("jacket", "teal"),
        describe("jacket", "a teal nehru jacket with a mandarin collar, silver buttons and a chest pocket"),
        Q.sleeve_length("sleeveless"),
        wearing("a black vest and black pants", "other_garment_color", who="the man"),
        Q.material("the garment", "non_answer"),
        title="Hangup Men Teal Blue Solid Nehru Jacket",
        category="Nehru Jackets",
        color="Teal",
        gender="Men",
    ),
]
