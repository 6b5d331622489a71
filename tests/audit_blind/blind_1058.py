"""BLIND_1058 (46 products; Myntra men's casual, captions then extractive QA): written blind in the fifty-ninth session.
Measured blind at 7d273ef (the session's fifth rules): 96/125 failures found (76.8%) and 6/176 correct texts flagged
(3.4%). The writer's notes, verbatim:

Scenario: a Myntra-like feed of men's casual wear (Tshirts, Shirts, Jeans, Trousers = chinos, Shorts). Catalog shots
on a white backdrop (one on a light grey studio wall), mostly worn by a male model who also wears other garments
(jeans under a t-shirt, a tee under an open shirt, a jacket over a tee), a few lower-body crops, two back views and
one flat-lay packshot. The job ran the third experiment's recipe: caption the photo, then answer the open questions
with the extractive QA model over that caption; closed questions went to the reference engine.

Who wrote what:
- Captions, three sources. "R": enrich's retrained caption adapter (masked labels, stops on the newline) for most
  products; it writes base-BLIP-2 style ("a man wearing a navy blue t-shirt and light blue jeans"), names hues,
  often gives one color to two garments, sometimes invents a prop or calls a long-haired or faceless model a woman,
  and twice opened its caption with the format's "Question: ... Answer:" tags. "A3": the published epoch-3 caption
  adapter (Data2_V2_Blip2_Finetune_Caption), re-run on a batch by an old config: DeepFashion template phrasing
  ("This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric..."), no hue
  names, fabrics from the template, and no end token, so every caption runs to the 50-token limit and loops, stops
  mid-sentence, or runs on into a new "Question: ... Answer:" turn. "A1": the published epoch-1 adapter on a few
  products: base-like wording, but it too never stops (long run-on captions cut or looped at 50 tokens).
- Open answers (wearing, describe, details, material, and the open color questions): spans the extractive QA model
  (timpal0l/mdeberta-v3-base-squad2) took from that product's caption. They inherit the caption's errors, pick the
  wrong garment's span, come back empty (squad2's no-answer), or grab a fragment that only echoes the question.
- Closed answers (garment type, color, pattern, sleeve length, "Is this a ...?"): enrich's --engine reference, one
  candidate value each; they never loop or stop short, but pick another garment's color, a print's color, or the
  wrong pattern, sleeve or type.

Labeling conventions and judgement calls:
- Every A3/A1 caption has hit_limit=True. It is labeled loop when it repeats, cut when it stops mid-sentence, leak
  when it runs into a Question/Answer turn. One A3 caption that also calls the man "this lady" is labeled pronoun
  (the wrong-gender wording judged primary) and still carries hit_limit=True.
- Spans inherit the caption's fault: a span that repeats the loop is loop, a span holding the leaked turn (or the
  "Answer:" tag) is leak, a span with an invented item (watch, backpack, scarf, chain, chest pocket) is unsupported,
  a span ending on the cut caption's dangling word is cut. Extractive spans never set hit_limit themselves.
- An open answer that gives the product another visible garment's color is other_garment_color ("black jeans" for
  grey jeans worn under a black tee). A closed color answer that picks another visible garment's color is also
  other_garment_color; one that picks the color of the product's own print or logo is contradiction.
- An open answer that names another garment, a shoe or a prop instead of the product ("brown sandals" for the
  shorts' details) is contradiction, as is a wrong type, pattern, sleeve length or hue for the product, and a
  color given to a non-product garment that the photo contradicts (white pants for tan trousers).
- "Is this a ...?" is about the product: "yes" for a tee visible under the shirt is contradiction.
- non_answer: empty span; an off-topic fragment ("posing for a photo", "the back"); "pure color" (a pattern word)
  for a color question; "The shorts this man wears is of short length" for the shorts' details.
- restated: the answer is the question's own garment noun or subject back ("t-shirt" to "Describe the t-shirt.",
  "a person" to "What is the person wearing?").
- pronoun: woman / lady / her for a Men row, also in lower-body crops and back views where no face shows.
- Material: right when the title names it or it is visible (denim); "cotton" from the A3 template when the title
  names no fabric, "linen" the title does not give, or another garment's fabric, is unsupported.
- Accepted as correct: green for olive, red for maroon, purple for lavender, blue for teal or navy, gray/grey,
  plaid / checkered / lattice for checks, floral for a tropical leaf print, polo shirt for a polo t-shirt, pants
  for chinos or jeans, "striped shirt" for a striped tee worn with the product. Full sleeves rolled to the elbow are
  long sleeves ("short sleeve" for them is contradiction).
"""

from tests.audit_corpus import BLIND_QUESTIONS as BQ
from tests.audit_corpus import caption as cap
from tests.audit_corpus import case, color_of, describe, details, is_a, material, wearing

BLIND_1058 = [
    # photo: navy crew-neck tee, light blue jeans, white backdrop, front. Caption R; QA spans; closed by reference.
    case(
        "X1058-001",
        cap("a man wearing a navy blue t-shirt and light blue jeans standing against a white background"),
        wearing("a navy blue t-shirt and light blue jeans", who="he"),
        color_of("t-shirt", "navy blue"),
        BQ.pattern("solid"),
        BQ.sleeve_length("short sleeve"),
        describe("t-shirt", "navy blue t-shirt"),
        BQ.garment_type("t-shirt"),
        title="Roadster Men Navy Blue Solid Round Neck T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: olive tee, big black-and-white mountain graphic on the chest, black joggers, white backdrop.
    #   Caption A1 (ran to 50 tokens, cut); QA spans; closed by reference.
    case(
        "X1058-002",
        cap(
            "a man wearing a green t-shirt with a graphic print and black jogger pants standing in front of a white "
            "background, the t-shirt has a mountain print on the front and the pants have an elastic waist and",
            "cut",
            hit_limit=True,
        ),
        wearing("a green t-shirt with a graphic print and black jogger pants", who="he"),
        color_of("t-shirt", "black", "other_garment_color"),
        BQ.pattern("graphic"),
        details("t-shirt", "a mountain print on the front"),
        material("", "non_answer"),
        BQ.sleeve_length("short sleeve"),
        title="HRX by Hrithik Roshan Men Olive Printed Round Neck T-shirt",
        category="Tshirts",
        color="Olive",
        gender="Men",
    ),
    # photo: blue-and-white gingham shirt, full sleeves rolled to the elbow, untucked over beige chinos, white
    #   backdrop. Caption R; QA spans; closed by reference.
    case(
        "X1058-003",
        cap("a man wearing a blue and white checkered shirt and beige pants"),
        wearing("a blue and white checkered shirt and beige pants", who="the man"),
        color_of("shirt", "blue"),
        BQ.pattern("checked"),
        BQ.sleeve_length("long sleeve"),
        describe("shirt", "blue and white checkered shirt"),
        details("shirt", "blue and white checkered"),
        title="Highlander Men Blue Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: lower-body crop, mid-blue slim jeans, white sneakers, hem of a white tee at the waist, no face, white
    #   backdrop. Caption R (calls the model a woman); QA spans; closed by reference.
    case(
        "X1058-004",
        cap("a woman wearing blue slim fit jeans and white sneakers", "pronoun"),
        wearing("blue slim fit jeans and white sneakers", who="he"),
        color_of("jeans", "white", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        details("jeans", "slim fit"),
        BQ.garment_type("jeans"),
        title="Levis Men Blue 511 Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: white full-sleeve button-down shirt over navy chinos, untucked, white backdrop, front.
    #   Caption A3 (loops at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-005",
        cap(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric. The shirt "
            "is with cotton fabric. The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt "
            "is with",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        color_of("shirt", "pure color", "non_answer", kind="open"),
        BQ.color("white"),
        material("cotton"),
        details("shirt", "The shirt is with cotton fabric. The shirt is with cotton fabric. The shirt is with", "loop"),
        BQ.sleeve_length("long sleeve"),
        title="Mast & Harbour Men White Solid Pure Cotton Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black jeans, faded knees with small rips, grey melange tee, open olive bomber jacket, white sneakers,
    #   white backdrop, full body, no jewellery. Caption R (invents a chain); QA spans; closed by reference.
    case(
        "X1058-006",
        cap("a man wearing a gray t-shirt, an olive jacket and black ripped jeans with a silver chain", "unsupported"),
        wearing("a gray t-shirt, an olive jacket and black ripped jeans", who="he"),
        color_of("jeans", "black"),
        describe("jeans", "black ripped jeans"),
        details("jeans", "ripped"),
        BQ.garment_type("jacket", "contradiction"),
        title="WROGN Men Black Slim Fit Mid-Rise Mildly Distressed Stretchable Jeans",
        category="Jeans",
        color="Black",
        gender="Men",
    ),
    # photo: red polo t-shirt, small white logo embroidered on the chest, white tipping on the collar, white chinos,
    #   white backdrop. Caption R; QA spans; closed by reference.
    case(
        "X1058-007",
        cap("a man wearing a red polo shirt and white pants with a logo on the chest"),
        wearing("a red polo shirt and white pants", who="he"),
        color_of("t-shirt", "white", "other_garment_color"),
        BQ.sleeve_length("short sleeve"),
        details("t-shirt", "a logo on the chest"),
        describe("t-shirt", "red polo shirt"),
        is_a("polo shirt", "no", "contradiction"),
        title="U.S. Polo Assn. Men Red Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Red",
        gender="Men",
    ),
    # photo: beige full-sleeve shirt with a mandarin collar, dark blue jeans, white backdrop; fabric not given.
    #   Caption R (calls it linen); QA spans; closed by reference.
    case(
        "X1058-008",
        cap("a man wearing a beige linen shirt with a mandarin collar and blue jeans", "unsupported"),
        wearing("a beige linen shirt with a mandarin collar and blue jeans", "unsupported", who="the person"),
        color_of("shirt", "blue", "other_garment_color"),
        details("shirt", "a mandarin collar"),
        BQ.sleeve_length("long sleeve"),
        BQ.pattern("solid"),
        material("linen", "unsupported"),
        title="Dennis Lingo Men Beige Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Beige",
        gender="Men",
    ),
    # photo: mid-blue washed denim shorts above the knee, rolled hems, white tee with black text print, white
    #   backdrop. Caption A3 (cut at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-009",
        cap(
            "This man wears a short-sleeve T-shirt with graphic patterns and denim shorts. The T-shirt is with cotton "
            "fabric and its neckline is round. The shorts this man wears is of short length. The shorts are with "
            "denim fabric and",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with graphic patterns and denim shorts", who="he"),
        details("shorts", "The shorts this man wears is of short length", "non_answer"),
        color_of("shorts", "blue"),
        BQ.garment_type("shorts"),
        material("denim"),
        title="Pepe Jeans Men Blue Washed Denim Shorts",
        category="Shorts",
        color="Blue",
        gender="Men",
    ),
    # photo: charcoal grey henley, three-button placket, full sleeves pushed up, black jeans, white backdrop.
    #   Caption R (one color for both garments); QA spans; closed by reference.
    case(
        "X1058-010",
        cap("a man wearing a black henley shirt and black jeans", "other_garment_color"),
        wearing("a black henley shirt and black jeans", "other_garment_color", who="he"),
        color_of("t-shirt", "grey"),
        BQ.sleeve_length("long sleeve"),
        details("t-shirt", "henley"),
        BQ.pattern("solid"),
        is_a("t-shirt", "yes"),
        title="Jack & Jones Men Charcoal Grey Solid Henley Neck T-shirt",
        category="Tshirts",
        color="Charcoal",
        gender="Men",
    ),
    # photo: khaki chinos, navy crew-neck tee, brown loafers, white backdrop, full body. Feed row has no gender.
    #   Caption R; QA spans; closed by reference.
    case(
        "X1058-011",
        cap("a man wearing a navy blue t-shirt and khaki pants with brown shoes"),
        wearing("a navy blue t-shirt and khaki pants with brown shoes", who="the person"),
        color_of("chinos", "navy blue", "other_garment_color"),
        describe("chinos", "khaki pants"),
        details("chinos", "pants", "restated"),
        is_a("pair of jeans", "no"),
        material("", "non_answer"),
        BQ.garment_type("trousers"),
        title="Allen Solly Sport Men Khaki Slim Fit Solid Chinos",
        category="Trousers",
        color="Khaki",
    ),
    # photo: mustard yellow tee with black "STAY WEIRD" typography on the chest, blue jeans, no props, white
    #   backdrop. Caption R (invents a skateboard); QA spans; closed by reference.
    case(
        "X1058-012",
        cap("a man wearing a yellow t-shirt that says stay weird and blue jeans with a skateboard", "unsupported"),
        wearing("a yellow t-shirt that says stay weird and blue jeans", who="he"),
        BQ.color("yellow"),
        BQ.pattern("graphic"),
        details("t-shirt", "that says stay weird"),
        describe("t-shirt", "t-shirt", "restated"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        title="Bewakoof Men Yellow Typography Printed Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: light blue chambray denim shirt, two flap chest pockets, full sleeves, worn open over a white tee,
    #   black jeans, white backdrop. Caption A3 (runs on into a Question/Answer turn); QA spans; closed by reference.
    case(
        "X1058-013",
        cap(
            "a man wearing a blue denim shirt over a white t-shirt. Question: what is the man wearing? Answer: a blue "
            "denim shirt over a white t-shirt. Question: what is the color of the shirt? Answer: blue. Question: what",
            "leak",
            hit_limit=True,
        ),
        wearing("a blue denim shirt over a white t-shirt", who="he"),
        color_of("shirt", "blue"),
        details("shirt", "Question: what is the color of the shirt? Answer: blue", "leak"),
        material("denim"),
        describe("shirt", "blue denim shirt over a white t-shirt"),
        is_a("t-shirt", "yes", "contradiction"),
        title="Flying Machine Men Blue Slim Fit Solid Denim Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: olive cotton cargo shorts, side flap pockets, knee length, black tee, no bag, white backdrop.
    #   Caption R (invents a backpack); QA spans; closed by reference.
    case(
        "X1058-014",
        cap("a man wearing a black t-shirt and olive green cargo shorts with a backpack", "unsupported"),
        wearing("a black t-shirt and olive green cargo shorts", who="he"),
        color_of("shorts", "black", "other_garment_color"),
        details("shorts", "with a backpack", "unsupported"),
        describe("shorts", "olive green cargo shorts"),
        BQ.garment_type("shorts"),
        title="Spykar Men Olive Solid Cargo Shorts",
        category="Shorts",
        color="Olive",
        gender="Men",
    ),
    # photo: navy polo with thin white horizontal stripes, small flag logo, beige shorts, bare wrists, white
    #   backdrop. Caption R (invents a watch); QA spans; closed by reference.
    case(
        "X1058-015",
        cap("a man in a navy and white striped polo shirt and beige shorts wearing a watch", "unsupported"),
        wearing("a navy and white striped polo shirt and beige shorts", who="he"),
        BQ.pattern("striped"),
        color_of("t-shirt", "navy blue"),
        details("t-shirt", "wearing a watch", "unsupported"),
        BQ.sleeve_length("short sleeve"),
        describe("t-shirt", "navy and white striped polo shirt"),
        title="Tommy Hilfiger Men Navy Blue Striped Polo Collar T-shirt",
        category="Tshirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: black-and-white buffalo check flannel shirt worn open over a grey tee, blue jeans, white backdrop.
    #   Caption A1 (cut at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-016",
        cap(
            "a man wearing a black and white plaid shirt over a gray t-shirt and blue jeans, the shirt is open and "
            "the sleeves are long, he is standing in front of a white wall with his hands in his pockets and",
            "cut",
            hit_limit=True,
        ),
        wearing("a black and white plaid shirt over a gray t-shirt and blue jeans", who="he"),
        color_of("shirt", "grey", "other_garment_color"),
        BQ.pattern("checked"),
        describe("shirt", "black and white plaid shirt"),
        BQ.sleeve_length("long sleeve"),
        material("", "non_answer"),
        title="Roadster Men Black & White Buffalo Checked Flannel Casual Shirt",
        category="Shirts",
        color="Black",
        gender="Men",
    ),
    # photo: plain white crew-neck tee, olive chinos, white backdrop, short-haired male model.
    #   Caption A3 (calls him "this lady", then cut at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-017",
        cap(
            "This lady wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and "
            "its neckline is round. The pants this lady wears is of long length. The pants are with cotton fabric and",
            "pronoun",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        color_of("t-shirt", "pure color", "non_answer", kind="open"),
        details("t-shirt", "its neckline is round"),
        BQ.color("white"),
        material("cotton"),
        title="HERE&NOW Men White Solid Pure Cotton Round Neck T-shirt",
        category="Tshirts",
        color="White",
        gender="Men",
    ),
    # photo: solid maroon full-sleeve shirt, spread collar, untucked over light grey chinos, white backdrop.
    #   Caption R; QA spans; closed by reference.
    case(
        "X1058-018",
        cap("a man wearing a red shirt and gray pants"),
        wearing("a red shirt and gray pants", who="he"),
        color_of("shirt", "maroon"),
        describe("shirt", "shirt", "restated"),
        BQ.sleeve_length("long sleeve"),
        BQ.pattern("checked", "contradiction"),
        title="Mufti Men Maroon Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: flat-lay packshot, no model: black tee with a white Puma cat logo and wordmark on the chest.
    #   Caption R (opens with the format's tags); QA spans; closed by reference.
    case(
        "X1058-019",
        cap("Question: what is this? Answer: a black t-shirt with a white puma logo on it", "leak"),
        BQ.color("white", "contradiction"),
        details("t-shirt", "a white puma logo"),
        BQ.pattern("graphic"),
        describe("t-shirt", "a black t-shirt"),
        BQ.sleeve_length("short sleeve"),
        BQ.garment_type("t-shirt"),
        title="Puma Men Black Graphic Printed Regular Fit T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: dark indigo jeans, white oxford shirt tucked in, brown belt, bare wrists, white backdrop.
    #   Caption R (invents a watch); QA spans; closed by reference.
    case(
        "X1058-020",
        cap("a man wearing a white shirt tucked into dark blue jeans with a brown belt and a watch", "unsupported"),
        wearing("a white shirt tucked into dark blue jeans with a brown belt", who="he"),
        color_of("jeans", "navy blue"),
        describe("jeans", "dark blue jeans"),
        details("jeans", "jeans", "restated"),
        BQ.garment_type("jeans"),
        is_a("shirt", "yes", "contradiction"),
        title="Levis Men Indigo 512 Slim Tapered Fit Jeans",
        category="Jeans",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: navy short-sleeve shirt with a white and green tropical leaf print, untucked, white shorts, white
    #   backdrop. Caption A3 (loops at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-021",
        cap(
            "This man wears a short-sleeve shirt with floral patterns and a pair of shorts. The shirt is with cotton "
            "fabric. The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are with cotton "
            "fabric. The shorts are",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve shirt with floral patterns and a pair of shorts", who="he"),
        BQ.pattern("floral"),
        BQ.color("white", "other_garment_color"),
        material("cotton", "unsupported"),
        details(
            "shirt", "The shorts are with cotton fabric. The shorts are with cotton fabric. The shorts are", "loop"
        ),
        title="WROGN Men Navy Blue Slim Fit Tropical Printed Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: plain light blue oxford shirt, button-down collar, full sleeves, navy chinos, sunglasses held in one hand,
    #   light grey studio wall. Caption A1 (loops at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-022",
        cap(
            "a man in a light blue shirt and navy pants holding a pair of sunglasses, a man in a light blue shirt and "
            "navy pants holding a pair of sunglasses, a man in a light blue shirt and navy pants holding a",
            "loop",
            hit_limit=True,
        ),
        wearing("a light blue shirt and navy pants", who="he"),
        color_of("shirt", "blue"),
        describe("shirt", "light blue shirt"),
        details("shirt", "holding a pair of sunglasses", "contradiction"),
        BQ.sleeve_length("long sleeve"),
        BQ.pattern("striped", "contradiction"),
        title="Louis Philippe Sport Men Light Blue Regular Fit Solid Oxford Casual Shirt",
        category="Shirts",
        color="Blue",
        gender="Men",
    ),
    # photo: grey clean-look jeans, black tee, white sneakers, white backdrop. Caption R (gives the jeans the tee's
    #   black); QA spans; closed by reference.
    case(
        "X1058-023",
        cap("a man wearing a black t-shirt and black jeans with white sneakers", "other_garment_color"),
        wearing("a black t-shirt and black jeans", "other_garment_color", who="he"),
        color_of("jeans", "grey"),
        describe("jeans", "black jeans with white sneakers", "other_garment_color"),
        details("jeans", "white sneakers", "contradiction"),
        BQ.garment_type("jeans"),
        title="Highlander Men Grey Slim Fit Mid-Rise Clean Look Stretchable Jeans",
        category="Jeans",
        color="Grey",
        gender="Men",
    ),
    # photo: green-and-white horizontal striped tee, blue jeans, white backdrop. Caption A3 (cut at 50 tokens);
    #   QA spans; closed by reference.
    case(
        "X1058-024",
        cap(
            "This man wears a short-sleeve T-shirt with striped patterns. The T-shirt is with cotton fabric and its "
            "neckline is round. The pants this man wears is of long length. The pants are with denim fabric and solid "
            "color patterns. The man wears a",
            "cut",
            hit_limit=True,
        ),
        BQ.pattern("striped"),
        color_of("t-shirt", "blue", "other_garment_color"),
        wearing("a short-sleeve T-shirt with striped patterns", who="he"),
        details("t-shirt", "its neckline is round"),
        material("cotton"),
        BQ.sleeve_length("short sleeve"),
        title="United Colors of Benetton Men Green & White Striped Pure Cotton T-shirt",
        category="Tshirts",
        color="Green",
        gender="Men",
    ),
    # photo: mustard tee, ripped blue jeans, male model with shoulder-length hair tied back, white backdrop.
    #   Caption R (calls him a woman); QA spans; closed by reference.
    case(
        "X1058-025",
        cap("a woman wearing a mustard yellow t-shirt and ripped jeans", "pronoun"),
        wearing("a woman wearing a mustard yellow t-shirt", "pronoun", who="he"),
        BQ.color("yellow"),
        describe("t-shirt", "mustard yellow t-shirt"),
        BQ.sleeve_length("short sleeve"),
        details("t-shirt", "ripped", "unsupported"),
        title="Campus Sutra Men Mustard Yellow Solid Round Neck T-shirt",
        category="Tshirts",
        color="Mustard",
        gender="Men",
    ),
    # photo: beige cotton-twill chino shorts (not denim), navy polo untucked, white sneakers, plain white studio
    #   backdrop. Caption R (invents a beach); QA spans; closed by reference.
    case(
        "X1058-026",
        cap("a man wearing a navy blue polo shirt and beige shorts standing on a beach", "unsupported"),
        wearing("a navy blue polo shirt and beige shorts", who="he"),
        color_of("shorts", "beige"),
        describe("shorts", "beige shorts"),
        details("shorts", "", "non_answer"),
        BQ.garment_type("shorts"),
        is_a("pair of jeans", "yes", "contradiction"),
        title="Indian Terrain Men Beige Solid Regular Fit Chino Shorts",
        category="Shorts",
        color="Beige",
        gender="Men",
    ),
    # photo: back view, mid-blue jeans with a leather patch on the waistband, grey tee, short hair, white backdrop.
    #   Feed row has no category. Caption R (calls him a woman); QA spans; closed by reference.
    case(
        "X1058-027",
        cap("the back of a woman wearing blue jeans and a gray t-shirt", "pronoun"),
        wearing("blue jeans and a gray t-shirt", who="he"),
        color_of("jeans", "grey", "other_garment_color"),
        details("jeans", "the back", "non_answer"),
        describe("jeans", "blue jeans"),
        is_a("pair of jeans", "yes"),
        title="Jack & Jones Men Blue Glenn Slim Fit Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: navy-and-white small-check shirt, full sleeves, regular collar, blue jeans, white backdrop.
    #   Caption A3 (loops at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-028",
        cap(
            "This man wears a long-sleeve shirt with lattice patterns. The shirt is with cotton fabric and it has a "
            "lapel collar. The shirt is with cotton fabric and it has a lapel collar. The shirt is with cotton fabric "
            "and it",
            "loop",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with lattice patterns", who="he"),
        BQ.pattern("checked"),
        color_of("shirt", "navy blue"),
        details("shirt", "it has a lapel collar. The shirt is with cotton fabric and it has a lapel collar", "loop"),
        material("cotton", "unsupported"),
        title="Roadster Men Navy Blue & White Regular Fit Checked Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: teal tee with a white bicycle graphic, khaki shorts, white backdrop. Caption A1 (cut at 50 tokens);
    #   QA spans; closed by reference.
    case(
        "X1058-029",
        cap(
            "a man wearing a blue t-shirt with a bicycle on it and khaki shorts, the t-shirt has short sleeves and a "
            "round neck and the shorts are above the knee, he is standing against a white background with his",
            "cut",
            hit_limit=True,
        ),
        wearing("a blue t-shirt with a bicycle on it and khaki shorts", who="he"),
        color_of("t-shirt", "beige", "other_garment_color"),
        details("t-shirt", "a bicycle on it"),
        BQ.pattern("graphic"),
        BQ.sleeve_length("long sleeve", "contradiction"),
        title="Being Human Men Teal Printed Round Neck T-shirt",
        category="Tshirts",
        color="Teal",
        gender="Men",
    ),
    # photo: white shirt with blue vertical pinstripes, no pocket, full sleeves rolled to the elbow, beige chinos,
    #   white backdrop. Caption R (invents a chest pocket); QA spans; closed by reference.
    case(
        "X1058-030",
        cap(
            "a man wearing a blue and white striped shirt with a chest pocket and rolled up sleeves and beige pants",
            "unsupported",
        ),
        wearing("a blue and white striped shirt with a chest pocket and rolled up sleeves", "unsupported", who="he"),
        BQ.color("white"),
        BQ.pattern("striped"),
        describe("shirt", "blue and white striped shirt"),
        details("shirt", "rolled up sleeves"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        title="Van Heusen Sport Men White & Blue Slim Fit Striped Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: black stretch chinos, white crew-neck tee, black sneakers, white backdrop. Caption R; QA spans;
    #   closed by reference.
    case(
        "X1058-031",
        cap("a person in a white t-shirt and black pants"),
        wearing("a person", "restated", who="the person"),
        color_of("chinos", "white", "other_garment_color"),
        describe("chinos", "black pants"),
        details("chinos", "white t-shirt", "contradiction"),
        BQ.garment_type("trousers"),
        title="Urbano Fashion Men Black Slim Fit Stretchable Chinos",
        category="Trousers",
        color="Black",
        gender="Men",
    ),
    # photo: grey melange polo t-shirt with navy tipping on the collar, dark blue jeans, white backdrop.
    #   Caption A3 (runs on into Question/Answer turns); QA spans; closed by reference.
    case(
        "X1058-032",
        cap(
            "This man wears a short-sleeve T-shirt with pure color patterns and a pair of jeans. Question: what color "
            "is the t-shirt? Answer: grey. Question: what color is the jeans? Answer: blue. Question",
            "leak",
            hit_limit=True,
        ),
        color_of("t-shirt", "Answer: grey", "leak", kind="open"),
        wearing("a short-sleeve T-shirt with pure color patterns and a pair of jeans", who="he"),
        BQ.sleeve_length("short sleeve"),
        BQ.color("grey"),
        is_a("polo shirt", "yes"),
        title="Peter England Casuals Men Grey Melange Solid Polo Collar T-shirt",
        category="Tshirts",
        color="Grey Melange",
        gender="Men",
    ),
    # photo: navy chino shorts, white linen shirt with sleeves rolled, brown sandals, white backdrop.
    #   Caption R; QA spans; closed by reference.
    case(
        "X1058-033",
        cap("a man wearing a white linen shirt and blue shorts and brown sandals"),
        wearing("a man", "non_answer", who="he"),
        color_of("shorts", "white", "other_garment_color"),
        describe("shorts", "blue shorts"),
        details("shorts", "brown sandals", "contradiction"),
        BQ.garment_type("shorts"),
        material("linen", "unsupported"),
        title="Marks & Spencer Men Navy Blue Solid Chino Shorts",
        category="Shorts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: pastel pink full-sleeve shirt, white jeans, clean-shaven male model, white backdrop.
    #   Caption R (calls him a woman); QA spans; closed by reference.
    case(
        "X1058-034",
        cap("a woman in a pink shirt and white jeans posing for a photo", "pronoun"),
        wearing("a pink shirt and white jeans", who="he"),
        color_of("shirt", "pink"),
        describe("shirt", "pink shirt"),
        details("shirt", "posing for a photo", "non_answer"),
        BQ.sleeve_length("long sleeve"),
        title="Roadster Men Pink Solid Casual Shirt",
        category="Shirts",
        color="Pink",
        gender="Men",
    ),
    # photo: olive chinos with cuffed hems, white-and-navy striped tee, white sneakers, white backdrop.
    #   Caption R (calls the olive brown); QA spans; closed by reference.
    case(
        "X1058-035",
        cap("a man in a striped shirt and brown pants wearing white shoes", "contradiction"),
        wearing("a striped shirt and brown pants", "contradiction", who="he"),
        color_of("chinos", "olive"),
        BQ.pattern("striped", "contradiction"),
        describe("chinos", "brown pants", "contradiction"),
        is_a("pair of trousers", "yes"),
        title="Parx Men Olive Slim Fit Solid Chinos",
        category="Trousers",
        color="Olive",
        gender="Men",
    ),
    # photo: black tee with a small red batwing logo, khaki chinos, white backdrop. Caption A3 (cut at 50 tokens);
    #   QA spans; closed by reference.
    case(
        "X1058-036",
        cap(
            "This man wears a short-sleeve T-shirt with pure color patterns. The T-shirt is with cotton fabric and its "
            "neckline is crew. The pants this man wears is of long length. The pants are with cotton fabric and pure "
            "color patterns. There",
            "cut",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns", who="he"),
        BQ.color("black"),
        details("t-shirt", "its neckline is crew"),
        describe("t-shirt", "T-shirt", "restated"),
        material("cotton", "unsupported"),
        is_a("t-shirt", "yes"),
        title="Levis Men Black Solid Round Neck T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: rust-orange corduroy shirt, full sleeves, two chest pockets, worn open over a white tee, black jeans,
    #   white backdrop. Caption R (calls the shirt a jacket); QA spans; closed by reference.
    case(
        "X1058-037",
        cap("a man wearing an orange jacket over a white t-shirt and black jeans", "contradiction"),
        wearing("an orange jacket over a white t-shirt and black jeans", "contradiction", who="he"),
        color_of("shirt", "black", "other_garment_color"),
        describe("shirt", "orange jacket over a white t-shirt", "contradiction"),
        material("", "non_answer"),
        BQ.pattern("solid"),
        BQ.garment_type("shirt"),
        title="Mast & Harbour Men Rust Slim Fit Solid Corduroy Casual Shirt",
        category="Shirts",
        color="Rust",
        gender="Men",
    ),
    # photo: white full-sleeve linen shirt, mandarin collar, top buttons open, tan linen trousers, white backdrop.
    #   Caption R (calls the tan trousers white); QA spans; closed by reference.
    case(
        "X1058-038",
        cap("a man in a white linen shirt and white pants", "contradiction"),
        wearing("a white linen shirt and white pants", "contradiction", who="he"),
        color_of("shirt", "white"),
        material("linen"),
        BQ.sleeve_length("long sleeve"),
        describe("shirt", "white linen shirt"),
        BQ.garment_type("t-shirt", "contradiction"),
        title="Nautica Men White Solid Linen Casual Shirt",
        category="Shirts",
        color="White",
        gender="Men",
    ),
    # photo: back view, oversized short-sleeve black tee (not a sweatshirt) with a large white astronaut print on
    #   the back, baggy blue jeans, white backdrop. Caption R (opens with the "Answer:" tag); QA spans; closed by
    #   reference.
    case(
        "X1058-039",
        cap("Answer: a man wearing a black t-shirt with an astronaut on the back", "leak"),
        wearing("a black t-shirt with an astronaut on the back", who="he"),
        color_of("t-shirt", "black"),
        BQ.pattern("solid", "contradiction"),
        details("t-shirt", "an astronaut on the back"),
        describe("t-shirt", "a black t-shirt with an astronaut on the back"),
        BQ.garment_type("sweatshirt", "contradiction"),
        title="Bewakoof Men Black Graphic Printed Oversized T-shirt",
        category="Tshirts",
        color="Black",
        gender="Men",
    ),
    # photo: mid-blue jeans with whiskering and light distress at the knee, white tee, white backdrop.
    #   Caption A3 (loops at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-040",
        cap(
            "This man wears a short-sleeve T-shirt with pure color patterns and long denim pants. The denim pants are "
            "of long length. The denim pants are of long length. The denim pants are of long length. The denim",
            "loop",
            hit_limit=True,
        ),
        wearing("a short-sleeve T-shirt with pure color patterns and long denim pants", who="he"),
        details("jeans", "The denim pants are of long length. The denim pants are of long length", "loop"),
        color_of("jeans", "white", "other_garment_color"),
        material("denim"),
        BQ.garment_type("jeans"),
        title="Pepe Jeans Men Blue Slim Fit Mid-Rise Low Distress Stretchable Jeans",
        category="Jeans",
        color="Blue",
        gender="Men",
    ),
    # photo: colourblocked tee: maroon body, navy chest panel, thin white band between, grey jeans, white backdrop.
    #   Caption A1 (cut at 50 tokens); QA spans; closed by reference.
    case(
        "X1058-041",
        cap(
            "a man wearing a maroon and navy blue t-shirt and gray jeans, the t-shirt has a white stripe across the "
            "chest and short sleeves and the jeans are slim fit with a",
            "cut",
            hit_limit=True,
        ),
        wearing("a maroon and navy blue t-shirt and gray jeans", who="he"),
        BQ.pattern("colourblocked"),
        color_of("t-shirt", "grey", "other_garment_color"),
        details("t-shirt", "the jeans are slim fit with a", "cut"),
        describe("t-shirt", "a maroon and navy blue t-shirt"),
        title="Roadster Men Maroon & Navy Blue Colourblocked Round Neck T-shirt",
        category="Tshirts",
        color="Maroon",
        gender="Men",
    ),
    # photo: light grey chino shorts, black printed tee, black slides, knee-to-chest crop, no face, white backdrop.
    #   Feed row has no base colour. Caption R (calls him a woman); QA spans; closed by reference.
    case(
        "X1058-042",
        cap("a woman in a black t-shirt and gray shorts", "pronoun"),
        wearing("a black t-shirt and gray shorts", who="he"),
        color_of("shorts", "grey"),
        describe("shorts", "gray shorts"),
        details("shorts", "black t-shirt", "contradiction"),
        BQ.garment_type("shorts"),
        title="Flying Machine Men Light Grey Slim Fit Chino Shorts",
        category="Shorts",
        gender="Men",
    ),
    # photo: navy full-sleeve shirt with a small white embroidered logo, white chinos, white backdrop.
    #   Caption A3 (runs on into Question/Answer turns); QA spans; closed by reference.
    case(
        "X1058-043",
        cap(
            "a man wearing a navy blue shirt and white pants. Question: what is the color of the shirt? Answer: navy "
            "blue. Question: what is the color of the pants? Answer: white. Question",
            "leak",
            hit_limit=True,
        ),
        wearing("a navy blue shirt and white pants", who="he"),
        color_of("shirt", "white", "other_garment_color", kind="open"),
        details("shirt", "Question: what is the color of the pants? Answer: white", "leak"),
        BQ.sleeve_length("long sleeve"),
        BQ.pattern("solid"),
        title="U.S. Polo Assn. Men Navy Blue Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Navy Blue",
        gender="Men",
    ),
    # photo: green-and-black tartan check shirt worn open over a black tee, black jeans, no scarf, white backdrop.
    #   Caption R (invents a red scarf); QA spans; closed by reference.
    case(
        "X1058-044",
        cap("a man wearing a green plaid shirt over a black t-shirt with a red scarf", "unsupported"),
        wearing("a green plaid shirt over a black t-shirt", who="he"),
        color_of("shirt", "green"),
        BQ.pattern("checked"),
        details("shirt", "a red scarf", "unsupported"),
        describe("shirt", "green plaid shirt"),
        BQ.sleeve_length("short sleeve", "contradiction"),
        title="Dennis Lingo Men Green Slim Fit Checked Casual Shirt",
        category="Shirts",
        color="Green",
        gender="Men",
    ),
    # photo: white jeans, navy-and-white breton striped tee, tan loafers, white backdrop. Caption R (gives the
    #   jeans the tee's blue); QA spans; closed by reference.
    case(
        "X1058-045",
        cap("a man in a blue striped shirt and blue jeans", "other_garment_color"),
        wearing("a blue striped shirt and blue jeans", "other_garment_color", who="he"),
        color_of("jeans", "white"),
        describe("jeans", "blue jeans", "other_garment_color"),
        is_a("pair of jeans", "yes"),
        BQ.garment_type("jeans"),
        title="WROGN Men White Slim Fit Mid-Rise Clean Look Jeans",
        category="Jeans",
        color="White",
        gender="Men",
    ),
    # photo: lavender full-sleeve shirt, grey jeans, white backdrop. Caption A3 (cut at 50 tokens); QA spans;
    #   closed by reference.
    case(
        "X1058-046",
        cap(
            "This man wears a long-sleeve shirt with pure color patterns. The shirt is with cotton fabric and it has a "
            "shirt collar. The pants this man wears is of long length. The pants are with denim fabric and pure color "
            "patterns. The",
            "cut",
            hit_limit=True,
        ),
        wearing("a long-sleeve shirt with pure color patterns", who="he"),
        BQ.color("purple"),
        details("shirt", "it has a shirt collar"),
        material("cotton", "unsupported"),
        BQ.sleeve_length("long sleeve"),
        title="Highlander Men Lavender Slim Fit Solid Casual Shirt",
        category="Shirts",
        color="Lavender",
        gender="Men",
    ),
]
